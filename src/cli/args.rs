//! The command line's arguments, with help and examples for every command.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "newsline",
    version,
    about = "Explore a timeline of news events and the quotes in them",
    long_about = "Explore a timeline of news events and the quotes in them.\n\n\
        With no command, opens the explorer on the built-in dataset (the European \
        \"coalition of the willing\" for Ukraine, from two French articles) or on --data.",
    after_help = "Examples:\n  newsline                          open the explorer\n  \
        newsline --data mystory           open ~/.local/share/newsline/datasets/mystory.json\n  \
        newsline quotes --search \"heure europe\"\n  \
        newsline events --country France --from 2025-01\n  \
        newsline check mystory.json"
)]
pub struct Cli {
    /// A dataset file, or the name of one in your datasets folder (see `newsline datasets`)
    #[arg(long, short = 'd', global = true, value_name = "FILE|NAME")]
    pub data: Option<String>,

    /// Read the dataset's JSON even when the cache folder holds a copy of it,
    /// and keep no copy (datasets over 16 MB are copied to open faster)
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// Read a dataset's source files even when they are outside its folder
    /// (absolute paths, `../`, links out); by default they are refused.
    /// Also `allow_outside_files = true` in config.toml
    #[arg(long, global = true)]
    pub allow_outside_files: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the events in date order, or ranked by --search
    #[command(
        after_help = "Examples:\n  newsline events\n  newsline events --actor Pistorius --json\n  \
        newsline events --country GB --from 2025-03 --to 2025-08-10\n  \
        newsline events --search \"ground troops\"\n  \
        newsline events --search \"alaska after:2025-08-10\""
    )]
    Events {
        #[command(flatten)]
        filter: FilterArgs,
        /// Rank events by how well their title, summary, place and actors
        /// match these words, as the explorer's search does (tokens as for
        /// `quotes --search`)
        #[arg(long, short = 's', value_name = "QUERY")]
        search: Option<String>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Print the quotes in date order, or ranked by --search
    #[command(
        after_help = "Examples:\n  newsline quotes --search \"solution repli\"\n  \
        newsline quotes --search \"europe actor:heusgen before:2025\"\n  \
        newsline quotes --search '\"position de force\" -trump'\n  \
        newsline quotes --country Germany\n  newsline quotes --actor Heusgen --json"
    )]
    Quotes {
        #[command(flatten)]
        filter: FilterArgs,
        /// Rank quotes by how well they match these words (accents and case
        /// ignored, typos forgiven). Tokens narrow: actor:NAME, country:CODE,
        /// after:DATE, before:DATE, source:OUTLET, "exact phrase", -word
        #[arg(long, short = 's', value_name = "QUERY")]
        search: Option<String>,
        /// Print only each quote's text, one per line (for other tools)
        #[arg(long, conflicts_with_all = ["json", "json_lines"])]
        plain: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Print the people, countries and organisations
    #[command(after_help = "Examples:\n  newsline actors\n  newsline actors --kind country --json")]
    Actors {
        /// Only actors of this kind
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Check a dataset and list every problem with where it is
    #[command(
        after_help = "Exit status: 0 when the dataset is valid, 1 when it is not, 2 on wrong usage.\n\n\
        Examples:\n  newsline check mystory.json\n  newsline check          (checks --data, or the built-in dataset)"
    )]
    Check {
        /// The dataset file (default: --data, or the built-in dataset)
        file: Option<PathBuf>,
    },
    /// Write a synthetic dataset for measurements (deterministic from --seed)
    #[command(
        after_help = "Examples:\n  newsline generate --quotes 100000 -o big.json\n  \
        newsline generate --events 100000 --quotes 1000000 --actors 2000 --seed 1 -o 1m.json\n  \
        newsline generate --quotes 1000000 --text realistic -o 1m-real.json\n  \
        newsline --data big.json"
    )]
    Generate {
        /// How many events
        #[arg(long, default_value_t = 1000)]
        events: usize,
        /// How many quotes
        #[arg(long, default_value_t = 10_000)]
        quotes: usize,
        /// How many actors (people, countries and organisations)
        #[arg(long, default_value_t = 500)]
        actors: usize,
        /// The same seed gives the same dataset
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The text of quotes: `small` (about 2,000 words, quick) or `realistic`
        /// (drawn by frequency from 80,000 real French and English words)
        #[arg(long, value_enum, default_value_t = TextArg::Small)]
        text: TextArg,
        /// Where to write it (default: standard output)
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write the filtered timeline as TimelineJS, Markdown, CSV or JSON
    #[command(
        after_help = "Formats:\n  timelinejs  Knight Lab's TimelineJS JSON: publish it as a web timeline\n  \
        markdown    a dated chronology, quotes as block quotes, sources as citations\n  \
        csv         one row per event and per quote, for spreadsheets\n  \
        json        a newsline dataset of what is shown, articles inline: opens with --data\n\n\
        Examples:\n  newsline export --format markdown -o chronology.md\n  \
        newsline export --format timelinejs --country GB -o timeline.json\n  \
        newsline export --format csv --from 2025-01 > events.csv"
    )]
    Export {
        /// What to write
        #[arg(long, short = 'f', value_enum)]
        format: FormatArg,
        #[command(flatten)]
        filter: FilterArgs,
        /// Where to write it (default: standard output); the file is replaced atomically
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Propose quotes, speakers, dates, actors and events from a plain-text article
    #[command(
        long_about = "Reads a plain-text news article and proposes its direct quotes with their \
        speakers, its dates resolved against the publication date, the people, countries and \
        organisations it names, and one event per dated sentence. Each proposal carries the \
        character span it came from and a confidence. Nothing is written unless --into is given.",
        after_help = "Examples:\n  newsline import article.txt --published 2025-08-10\n  \
        newsline import article.txt --published 2025-08-10 --json\n  \
        newsline import article.txt --published 2025-08-10 --outlet \"Le Monde\" --into mystory.json\n\n\
        With --into, the article is copied beside the dataset and the dataset is rewritten \
        atomically; importing the same article again adds nothing."
    )]
    Import {
        /// The article, as UTF-8 plain text
        article: PathBuf,
        /// When the article was published (2025-08-10); relative dates count from it
        #[arg(long, value_name = "DATE")]
        published: String,
        /// The article's language (guessed when not given)
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// The newspaper or site it comes from
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,
        /// Its headline (default: its first line)
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
        /// Add the proposals to this dataset (a file, or a name as for --data); a missing one is started
        #[arg(long, value_name = "DATASET")]
        into: Option<PathBuf>,
        /// Print JSON for scripts instead of a summary
        #[arg(long)]
        json: bool,
        /// Open the explorer's review screen: accept, reject or correct each
        /// proposal, then commit into the dataset (--into, else --data)
        #[arg(long, conflicts_with = "json")]
        review: bool,
    },
    /// Start a dataset: an empty one, or a copy of the built-in story
    #[command(
        after_help = "A bare NAME goes to your datasets folder (see `newsline datasets`) and opens \
        with --data NAME; anything with a folder or ending in .json is a file path. An existing \
        file is never replaced.\n\n\
        Examples:\n  newsline new mystory --title \"My story\"\n  \
        newsline new mystory --from-builtin\n  newsline new ./notes/story.json"
    )]
    New {
        /// The dataset's name, or the file to write
        #[arg(value_name = "NAME|FILE")]
        target: String,
        /// Its title (default: its name)
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
        /// Start from a copy of the built-in story, its articles copied beside it
        #[arg(long)]
        from_builtin: bool,
    },
    /// List the datasets in your datasets folder, and where that folder is
    #[command(
        after_help = "Examples:\n  newsline datasets\n  newsline --data NAME    (open one of them)"
    )]
    Datasets,
    /// List the cached copies of large datasets, or remove them with --clear
    #[command(
        long_about = "Datasets of 16 MB or more are copied to the cache folder in a binary form \
        that opens several times faster; the search index is kept beside the copy. The copies \
        used longest ago are removed once the folder holds more than 2 GiB \
        (NEWSLINE_CACHE_MAX_BYTES sets another size). Every copy can be made again.",
        after_help = "Examples:\n  newsline cache\n  newsline cache --clear"
    )]
    Cache {
        /// Remove every cached copy, and say what was removed
        #[arg(long)]
        clear: bool,
    },
}

#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only what involves this person, country or organisation (name, alias or id; repeatable; any of them matches)
    #[arg(long, short = 'a', value_name = "NAME")]
    pub actor: Vec<String>,
    /// Only what involves this country or its people and organisations (name or ISO code; repeatable)
    #[arg(long, short = 'c', value_name = "NAME_OR_CODE")]
    pub country: Vec<String>,
    /// Only from this date on (2025, 2025-03, 2025-03-02 or "mar 2025")
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only up to this date, included (2025-08 means up to 31 August 2025)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only what contains all these words (accents and case ignored)
    #[arg(long, short = 't', value_name = "WORDS")]
    pub text: Option<String>,
}

#[derive(Debug, Args, Default)]
pub struct OutputArgs {
    /// Print JSON for scripts instead of a table
    #[arg(long)]
    pub json: bool,
    /// Print one compact JSON object a line, for streaming readers (JSON Lines)
    #[arg(long, conflicts_with = "json")]
    pub json_lines: bool,
    /// Print at most this many
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Timelinejs,
    Markdown,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TextArg {
    Small,
    Realistic,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Person,
    Country,
    #[value(alias = "organisation")]
    Organization,
}
