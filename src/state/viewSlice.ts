import type { UserRole, ViewId } from '../schema/savedState';
import type { AppSlice } from './sliceTypes';

export interface ViewSlice {
  view: ViewId;
  /** `manager` hides salaries and home coordinates in the views that show them. */
  role: UserRole;
  /** An element of the new view to bring into sight (e.g. an editor section), once. */
  viewAnchor: string | null;
  setView: (view: ViewId, anchor?: string) => void;
  setRole: (role: UserRole) => void;
  clearViewAnchor: () => void;
}

export const createViewSlice: AppSlice<ViewSlice> = (set) => ({
  view: 'overview',
  role: 'hr',
  viewAnchor: null,
  setView: (view, anchor) => set({ view, viewAnchor: anchor ?? null }),
  setRole: (role) => set({ role }),
  clearViewAnchor: () => set({ viewAnchor: null }),
});
