//! The actor picker's own rules: it opens on an empty prompt (what was typed
//! last time is not added to), Enter with nothing toggled filters by the
//! highlighted actor, several actors combine by AND or OR at a key, and with
//! one actor selected the counts are the events each shares with it, which a
//! key sorts by.

use super::App;
use super::input::Input;

impl App {
    /// A fresh prompt, and the whole list under it, each time the picker opens.
    pub(super) fn start_picker(&mut self) {
        self.picker.input = Input::default();
        self.picker.toggled = false;
        self.refresh_shared();
        self.narrow_actors();
    }

    /// The events each actor shares with the one actor selected, counted
    /// again only when that actor changes; none with no or several selected.
    fn refresh_shared(&mut self) {
        let mut selected = self.filter.actors.iter().copied();
        let one = match (selected.next(), selected.next()) {
            (Some(a), None) => Some(a),
            _ => None,
        };
        if self.picker.shared.as_ref().map(|s| s.0) != one {
            self.picker.shared =
                one.map(|a| (a, crate::query::cooccur::shared_events(&self.ds, a)));
        }
    }

    /// After a toggle: the shared counts of the new selection, and the list
    /// sorted by them again if it is, with the highlighted actor kept.
    pub(super) fn actors_toggled(&mut self) {
        self.refresh_shared();
        if self.picker.by_shared {
            let highlighted = self.picker.shown.get(self.picker.list.selected).copied();
            self.sort_shown();
            if let Some(i) =
                highlighted.and_then(|h| self.picker.shown.iter().position(|&a| a == h))
            {
                self.picker.list.selected = i;
            }
            let height = self.picker_height();
            self.picker.list.follow(height);
        }
    }

    /// The list in the order it has, or by events shared with the selected
    /// actor (most first; ties keep the order they had) when asked for.
    pub(super) fn sort_shown(&mut self) {
        if let (true, Some((_, shared))) = (self.picker.by_shared, &self.picker.shared) {
            self.picker
                .shown
                .sort_by_key(|&a| std::cmp::Reverse(shared.get(a).copied().unwrap_or(0)));
        }
    }

    /// Sorts by the events shared with the one actor selected, or back to
    /// the usual order; says which, or what to do first.
    pub(super) fn sort_by_shared(&mut self) {
        let Some((a, _)) = self.picker.shared else {
            self.message = Some(
                "select one actor first (Space): the counts become the events shared with it"
                    .into(),
            );
            return;
        };
        self.picker.by_shared = !self.picker.by_shared;
        self.narrow_actors();
        let name = &self.ds.actors[a].name;
        self.message = Some(if self.picker.by_shared {
            format!("sorted by events shared with {name}")
        } else {
            "in the usual order".to_string()
        });
    }

    /// Enter: closes the picker; when nothing was toggled, the highlighted
    /// actor becomes the filter, so typing a name and Enter does what it says.
    pub(super) fn confirm_actors(&mut self) {
        if !self.picker.toggled {
            match self.picker.shown.get(self.picker.list.selected).copied() {
                // Typed, moved to, or the only thing Enter can mean.
                Some(a)
                    if !self.picker.input.text().trim().is_empty()
                        || self.picker.list.selected > 0
                        || self.filter.actors.is_empty() =>
                {
                    let was = self.filter.describe(&self.ds);
                    self.filter.actors = [a].into();
                    self.refilter();
                    let now = self.filter.describe(&self.ds).unwrap_or_default();
                    self.message = Some(match was {
                        Some(was) if was != now => format!("filter: {now} (was {was})"),
                        _ => format!("filter: {now}"),
                    });
                }
                None => self.message = Some("no actor matches; the filter is as it was".into()),
                // Nothing typed or moved to, and actors already chosen:
                // Enter only closes.
                Some(_) => {}
            }
        }
        self.back();
    }

    /// Switches several actors between AND and OR, and says which it is now.
    pub(super) fn combine_actors(&mut self) {
        self.filter.all_actors = !self.filter.all_actors;
        self.picker.toggled = true;
        self.refilter();
        self.message = Some(if self.filter.all_actors {
            "actors: all of them (AND)".into()
        } else {
            "actors: any of them (OR)".into()
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::app::{Action, App, Mode};

    use crate::app::testing::{app, type_text};

    fn names(app: &App) -> Vec<&str> {
        app.filter
            .actors
            .iter()
            .map(|&a| app.ds.actors[a].name.as_str())
            .collect()
    }

    #[test]
    fn the_prompt_starts_empty_each_time_so_germ_never_becomes_germgerm() {
        let mut a = app();
        a.update(Action::OpenActors);
        type_text(&mut a, "fra");
        a.update(Action::Back);
        a.update(Action::OpenActors);
        assert_eq!(a.picker.input.text(), "");
        assert_eq!(a.picker.shown.len(), a.ds.actors.len());
        type_text(&mut a, "ger");
        assert_eq!(a.picker.input.text(), "ger");
        assert_eq!(a.ds.actors[a.picker.shown[0]].name, "Germany");
    }

    #[test]
    fn enter_with_nothing_toggled_filters_by_the_highlighted_actor() {
        let mut a = app();
        a.update(Action::OpenActors);
        type_text(&mut a, "germ");
        a.update(Action::Confirm);
        assert_eq!(a.mode(), Mode::Timeline);
        assert_eq!(names(&a), ["Germany"]);
        assert_eq!(a.message.as_deref(), Some("filter: Germany"));
        // Again with another name: it replaces the one before, and says so.
        a.update(Action::OpenActors);
        type_text(&mut a, "france");
        a.update(Action::Confirm);
        assert_eq!(names(&a), ["France"]);
        assert_eq!(a.message.as_deref(), Some("filter: France (was Germany)"));
        // Opened and closed with Enter at once: the filter stays.
        a.update(Action::OpenActors);
        a.update(Action::Confirm);
        assert_eq!(names(&a), ["France"]);
        // Nothing matches: nothing applied, and said.
        a.update(Action::OpenActors);
        type_text(&mut a, "zzzz");
        a.update(Action::Confirm);
        assert_eq!(names(&a), ["France"]);
        assert!(
            a.message
                .as_deref()
                .unwrap_or("")
                .contains("no actor matches")
        );
    }

    #[test]
    fn enter_after_a_toggle_only_closes_and_and_or_switch_at_a_key() {
        let mut a = app();
        a.update(Action::OpenActors);
        type_text(&mut a, "france");
        a.update(Action::ToggleActor);
        a.update(Action::ClearInput);
        type_text(&mut a, "germany");
        a.update(Action::ToggleActor);
        a.update(Action::ClearInput);
        type_text(&mut a, "masala");
        a.update(Action::Confirm);
        // The highlighted Masala was not toggled: the two chosen stay.
        assert_eq!(names(&a), ["France", "Germany"]);
        let or = a.counts();
        a.update(Action::OpenActors);
        a.update(Action::CombineActors);
        assert!(a.filter.all_actors);
        let and = a.counts();
        assert!(
            and.0 < or.0,
            "AND shows fewer events than OR: {and:?} {or:?}"
        );
        a.update(Action::Confirm);
        assert_eq!(
            names(&a),
            ["France", "Germany"],
            "Enter after Ctrl-A keeps both"
        );
        // Kept for next time.
        assert!(a.remembered().all_actors);
    }
}
