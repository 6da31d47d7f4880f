// The filters concept: the predicates and the hidden-set producers live in lib/graph/filters (sigma's
// reducers and the exports read them too); the producers the explorer's controls call are gathered here.
import type { FilterState, TransferMode } from '../graph/filters';
import type { TimeRange } from '../graph/timeline';

export { defaultFilters, onlyThis, resetFilters, toggleHidden, type FilterState } from '../graph/filters';

/** Brushes a period on the timeline (null: all dates). */
export function setTimeRange(f: FilterState, range: TimeRange | null): FilterState {
  return f.timeRange === range ? f : { ...f, timeRange: range };
}

/** Ticks or unticks "undated" (kept with a brushed period). */
export function setUndated(f: FilterState, undated: boolean): FilterState {
  return f.undated === undated ? f : { ...f, undated };
}

/** Chooses whether what the filters leave out is hidden or drawn pale. */
export function setFilteredOut(f: FilterState, mode: FilterState['filteredOut']): FilterState {
  return f.filteredOut === mode ? f : { ...f, filteredOut: mode };
}

/** Transfers as nodes or as arrows. */
export function setTransferMode(f: FilterState, mode: TransferMode): FilterState {
  return f.transferMode === mode ? f : { ...f, transferMode: mode };
}
