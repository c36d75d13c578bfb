//! The way back: Esc from bookmarks, search, help or the actor filter returns
//! to the view they were opened from, as it was, and wandering does not grow it.

use super::*;

/// The item and scroll of the detail view.
fn detail_at(a: &App) -> (Item, usize) {
    let d = a.detail().expect("a detail view is open");
    (d.item, d.scroll)
}

#[test]
fn bookmarks_opened_from_a_detail_view_go_back_to_it_as_it_was() {
    let mut a = app();
    a.update(Action::Resize(60, 15));
    keys(&mut a, "j<Enter>jjj");
    assert_eq!(a.mode(), Mode::Detail);
    let before = detail_at(&a);
    assert_eq!(before.1, 3, "scrolled");
    keys(&mut a, "B");
    assert_eq!(a.mode(), Mode::Bookmarks);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Detail, "back to the detail view");
    assert_eq!(detail_at(&a), before, "same item, same scroll");
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
    assert!(a.detail().is_none());
}

#[test]
fn search_opened_from_a_detail_view_goes_back_to_it_as_it_was() {
    let mut a = app();
    a.update(Action::Resize(60, 15));
    keys(&mut a, "<Enter>jj");
    let before = detail_at(&a);
    keys(&mut a, "/europe");
    assert_eq!(a.mode(), Mode::Search);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Detail, "back to the detail view");
    assert_eq!(detail_at(&a), before, "same item, same scroll");

    // A quote opened from that search goes back to the search, then to the
    // first detail view, then to the timeline.
    keys(&mut a, "/europe<Enter>");
    assert_eq!(a.mode(), Mode::Detail);
    assert_ne!(detail_at(&a).0, before.0);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Search);
    keys(&mut a, "<Esc>");
    assert_eq!(detail_at(&a), before);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
}

#[test]
fn bookmarks_go_back_to_where_they_were_opened_from() {
    let mut a = app();
    keys(&mut a, "jbB");
    assert_eq!(a.mode(), Mode::Bookmarks);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);

    // From the search (through a detail view), back to the detail view.
    keys(&mut a, "/europe<Enter>B");
    assert_eq!(a.mode(), Mode::Bookmarks);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Detail);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Search);
}

#[test]
fn wandering_between_views_does_not_grow_the_way_back() {
    let mut a = app();
    keys(&mut a, "jb<Enter>");
    for _ in 0..50 {
        keys(&mut a, "B<Enter>/europe<Enter>");
    }
    assert_eq!(a.mode(), Mode::Detail);
    assert!(a.depth() <= 4, "{} views to go back through", a.depth());
    for _ in 0..a.depth() + 1 {
        keys(&mut a, "<Esc>");
    }
    assert_eq!(a.mode(), Mode::Timeline);
}

#[test]
fn the_actor_filter_and_help_go_back_to_the_detail_view_they_cover() {
    let mut a = app();
    a.update(Action::Resize(60, 15));
    keys(&mut a, "<Enter>jj");
    let before = detail_at(&a);
    keys(&mut a, "f<Esc>");
    assert_eq!(a.mode(), Mode::Detail);
    assert_eq!(detail_at(&a), before);
    keys(&mut a, "?<Esc>");
    assert_eq!(detail_at(&a), before);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
}
