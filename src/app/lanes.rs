//! The lane view's state and how actions move it: which lanes (from the query
//! layer, rebuilt when the filter changes), the selected lane and event, and
//! which lanes are scrolled into view. Draws nothing.

use super::layout::Screen;
use super::update::step;
use super::{Action, App, Item, ListState, Mode, rows::Row};
use crate::query::lanes::{Axis, Lane, LaneKind, lanes, nearest, span, step_month};
use chrono::NaiveDate;
use ratatui::layout::{Position, Rect};

/// The lanes shown and the selection among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaneView {
    pub kind: LaneKind,
    pub lanes: Vec<Lane>,
    /// The days the axis spans; `None` when nothing is shown.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// The selected lane (`selected`) and the first lane shown (`offset`).
    pub list: ListState,
    /// The selected event's position in the selected lane.
    pub at: usize,
}

impl LaneView {
    /// The selected lane.
    pub fn lane(&self) -> Option<&Lane> {
        self.lanes.get(self.list.selected)
    }

    /// The selected event.
    pub fn event(&self) -> Option<crate::data::EventIx> {
        self.lane()?.events.get(self.at).copied()
    }

    /// Selects event `e` in the first lane that holds it, if one does.
    fn select_event(&mut self, e: crate::data::EventIx) {
        let found = self
            .lanes
            .iter()
            .enumerate()
            .find_map(|(i, l)| Some((i, l.events.binary_search(&e).ok()?)));
        if let Some((lane, at)) = found {
            self.list.selected = lane;
            self.at = at;
        }
    }

    /// The axis over `cols` columns.
    pub fn axis(&self, cols: usize) -> Option<Axis> {
        self.span.map(|(a, b)| Axis::new(a, b, cols))
    }
}

impl App {
    /// The lane view, while it is open (current, or under another view).
    pub fn lanes(&self) -> Option<&LaneView> {
        self.lanes.as_ref()
    }

    /// Whether the lane view is the current view or one Back returns to:
    /// only then are its lanes kept up with the filter.
    pub(super) fn lanes_open(&self) -> bool {
        self.mode == Mode::Lanes || self.views.views().iter().any(|u| u.mode == Mode::Lanes)
    }

    pub(super) fn open_lanes(&mut self) {
        self.open(Mode::Lanes);
        self.lanes = None;
        self.rebuild_lanes();
        // Start at the event selected on the timeline, when a lane has it.
        let event = self
            .selected_row()
            .and_then(|r| super::rows::event_of(&self.ds, r));
        if let (Some(view), Some(e)) = (self.lanes.as_mut(), event) {
            view.select_event(e);
        }
        self.follow_lanes();
    }

    /// Makes the lanes again for the current filter (or drops them when the
    /// view is closed), keeping the selected lane and event where they are
    /// still shown, else the event nearest in date.
    pub(super) fn rebuild_lanes(&mut self) {
        if !self.lanes_open() {
            self.lanes = None;
            return;
        }
        let before = self.lanes.take();
        let kind = before.as_ref().map_or(self.lane_kind, |v| v.kind);
        let made = lanes(&self.ds, &self.timeline, kind, &self.filter.actors);
        let span = span(&self.ds, &self.timeline, self.filter.from, self.filter.to);
        let mut view = LaneView {
            kind,
            lanes: made,
            span,
            list: ListState::default(),
            at: 0,
        };
        if let Some(old) = before {
            let actor = old.lane().map(|l| l.actor);
            let event = old.event();
            if let Some(i) = view.lanes.iter().position(|l| Some(l.actor) == actor) {
                view.list.selected = i;
            } else {
                view.list.selected = old.list.selected.min(view.lanes.len().saturating_sub(1));
            }
            view.list.offset = old.list.offset;
            if let (Some(lane), Some(e)) = (view.lanes.get(view.list.selected), event) {
                let day = self.ds.events[e].date.first_day();
                view.at = lane
                    .events
                    .binary_search(&e)
                    .ok()
                    .or_else(|| nearest(&self.ds, &lane.events, day))
                    .unwrap_or(0);
            }
        }
        self.lanes = Some(view);
        self.follow_lanes();
    }

    /// Scrolls the lanes so that the selected one is shown.
    fn follow_lanes(&mut self) {
        let height = self.lanes_height();
        if let Some(v) = &mut self.lanes {
            v.list.follow(height);
        }
    }

    /// Moves the lane selection by `delta` (clamped), to the event nearest in
    /// date to the one selected before.
    fn change_lane(&mut self, delta: isize) {
        let height = self.lanes_height();
        let ds = &self.ds;
        let Some(v) = &mut self.lanes else { return };
        let day = v.event().map(|e| ds.events[e].date.first_day());
        step(&mut v.list, v.lanes.len(), delta, height);
        if let (Some(lane), Some(day)) = (v.lanes.get(v.list.selected), day) {
            v.at = nearest(ds, &lane.events, day).unwrap_or(0);
        } else {
            v.at = 0;
        }
    }

    /// Moves along the selected lane: by events, to its ends, or by month.
    fn move_in_lane(&mut self, action: &Action) {
        let ds = &self.ds;
        let Some(v) = &mut self.lanes else { return };
        let Some(lane) = v.lanes.get(v.list.selected) else {
            return;
        };
        let n = lane.events.len();
        let last = n.saturating_sub(1);
        let to = match action {
            Action::Later if v.at < last => Some(v.at + 1),
            Action::Earlier if v.at > 0 => Some(v.at - 1),
            Action::Top => Some(0),
            Action::Bottom => Some(last),
            Action::NextMonth => step_month(ds, &lane.events, v.at, true),
            Action::PrevMonth => step_month(ds, &lane.events, v.at, false),
            _ => None,
        };
        match to {
            Some(at) => v.at = at,
            None if n == 0 => self.message = Some("no event in this lane".into()),
            None if matches!(action, Action::Later | Action::NextMonth) => {
                self.message = Some("the lane's last event".into())
            }
            None => self.message = Some("the lane's first event".into()),
        }
    }

    pub(super) fn on_lanes(&mut self, action: Action) {
        let page = self.lanes_height().saturating_sub(1).max(1) as isize;
        match action {
            Action::Down => self.change_lane(1),
            Action::Up => self.change_lane(-1),
            Action::Scroll(n) => self.change_lane(n as isize),
            Action::PageDown => self.change_lane(page),
            Action::PageUp => self.change_lane(-page),
            Action::Later
            | Action::Earlier
            | Action::Top
            | Action::Bottom
            | Action::NextMonth
            | Action::PrevMonth => self.move_in_lane(&action),
            Action::SwitchLanes => {
                let kind = self
                    .lanes
                    .as_ref()
                    .map_or(self.lane_kind, |v| v.kind)
                    .other();
                self.lane_kind = kind;
                // Another kind of lane: none of the old lanes is there.
                let event = self.lanes.as_ref().and_then(LaneView::event);
                self.lanes = None;
                self.rebuild_lanes();
                if let (Some(v), Some(e)) = (self.lanes.as_mut(), event) {
                    v.select_event(e);
                }
                self.follow_lanes();
                self.message = Some(format!("lanes: {}", kind.plural()));
            }
            Action::Confirm => match self.lanes.as_ref().and_then(LaneView::event) {
                Some(e) => {
                    self.open(Mode::Detail);
                    self.show_detail(Item::Event(e));
                }
                None => self.message = Some("no event selected".into()),
            },
            Action::OpenActors => {
                self.open(Mode::Actors);
                self.start_picker();
            }
            Action::OpenDateRange => self.open_date_range(),
            Action::ClearFilters => self.clear_filters(),
            Action::Back => self.leave_lanes(),
            _ => {}
        }
    }

    /// Back to the timeline, with the lane's event selected there.
    fn leave_lanes(&mut self) {
        let event = self.lanes.as_ref().and_then(LaneView::event);
        self.back();
        self.lanes = None;
        if let Some(i) = event.and_then(|e| self.rows.iter().position(|r| *r == Row::Event(e))) {
            self.list.selected = i;
            self.follow();
        }
    }

    /// In the detail view opened from the lanes: the lane's next or previous
    /// event, selected in the lanes too.
    pub(super) fn step_in_lane(&mut self, forward: bool) {
        self.move_in_lane(if forward {
            &Action::Later
        } else {
            &Action::Earlier
        });
        if let Some(e) = self.lanes.as_ref().and_then(LaneView::event) {
            self.show_detail(Item::Event(e));
        }
    }

    /// A click on a lane's name selects the lane; on a mark, its event (the
    /// first of the column, unless the selection is in it already). Returns
    /// whether an event is selected where the click was.
    pub(super) fn click_lanes(&mut self, x: u16, y: u16) -> bool {
        let Some(screen) = Screen::new(Rect::new(0, 0, self.size.0, self.size.1)) else {
            return false;
        };
        let areas = screen.lanes;
        let ds = &self.ds;
        let Some(v) = &mut self.lanes else {
            return false;
        };
        let on_name = areas.names.contains(Position::new(x, y));
        let on_track = areas.tracks.contains(Position::new(x, y));
        if !on_name && !on_track {
            return false;
        }
        let lane = v.list.offset + usize::from(y - areas.tracks.y);
        let Some(events) = v.lanes.get(lane).map(|l| &l.events) else {
            return false;
        };
        let Some(axis) = v.axis(usize::from(areas.tracks.width)) else {
            return false;
        };
        if on_name {
            let day = v.event().map(|e| ds.events[e].date.first_day());
            v.list.selected = lane;
            v.at = day.and_then(|d| nearest(ds, events, d)).unwrap_or(0);
            return false;
        }
        let col = usize::from(x - areas.tracks.x);
        let Some(cell) = axis.cells(ds, events).into_iter().find(|c| c.col == col) else {
            return false;
        };
        let inside =
            v.list.selected == lane && (cell.start..cell.start + cell.count).contains(&v.at);
        if !inside {
            v.list.selected = lane;
            v.at = cell.start;
        }
        true
    }
}
