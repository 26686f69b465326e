/** The one bound store, built from slices. Components read it with narrow selectors. */
import { create } from 'zustand';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createPostingsSlice, type PostingsSlice } from './postings-slice';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = PostingsSlice & ImportSlice & UiSlice & ProfileSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createPostingsSlice(...a),
  ...createImportSlice(...a),
  ...createUiSlice(...a),
  ...createProfileSlice(...a),
}));
