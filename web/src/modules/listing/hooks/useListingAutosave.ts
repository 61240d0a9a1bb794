import { useMutation } from '@apollo/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../../generated';
import type {
  ListingContentInput,
  ListingEditor_ListingFragment,
  ListingKind,
} from '../../../generated/graphql';
import { errorKind } from '../../../platform/errors';
import type { PayloadError } from '../../../platform/forms';
import { changedInput } from '../components/editor/formModel';

const CreateListingMutation = graphql(`
  mutation ListingAutosave_createListing($input: CreateListingInput!) {
    createListing(input: $input) {
      listing {
        ...ListingEditor_listing
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const UpdateListingMutation = graphql(`
  mutation ListingAutosave_updateListing($input: UpdateListingInput!) {
    updateListing(input: $input) {
      listing {
        ...ListingEditor_listing
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export type SaveStatus =
  /** Nothing to save yet (a new listing without a title). */
  | 'idle'
  /** Changes wait for the debounce. */
  | 'pending'
  | 'saving'
  | 'saved'
  /** Some field is over its limit: nothing is sent until it is fixed. */
  | 'invalid'
  /** The API refused the save (field errors) or could not be reached. */
  | 'error'
  /** Someone saved a newer version: autosave stops until the author reloads. */
  | 'conflict';

export type SaveResult = 'saved' | 'clean' | 'skipped' | 'invalid' | 'error' | 'conflict';

export interface AutosaveState {
  status: SaveStatus;
  savedAt: Date | null;
}

type EditorListing = ListingEditor_ListingFragment;

/**
 * Saves a listing as its author types: the first save creates the draft (once it has a title), later ones
 * send only the changed fields with the version the edit started from, ~1.5 s after the last change.
 * Saves run one after another. A `CONFLICT` stops autosaving: nothing is ever overwritten silently.
 */
export function useListingAutosave({
  kind,
  listing,
  baseline,
  onSaved,
  onCreated,
  onErrors,
  delay = 1500,
}: {
  kind: ListingKind;
  /** The saved listing, or null before the draft exists. */
  listing: EditorListing | null;
  /** The content input the saved listing corresponds to (null before the draft exists). */
  baseline: ListingContentInput | null;
  onSaved: (listing: EditorListing) => void;
  onCreated: (listing: EditorListing) => void;
  onErrors: (errors: readonly PayloadError[]) => void;
  delay?: number;
}) {
  const [createListing] = useMutation(CreateListingMutation);
  const [updateListing] = useMutation(UpdateListingMutation);
  const [state, setState] = useState<AutosaveState>({ status: listing ? 'saved' : 'idle', savedAt: null });

  const target = useRef<{ id: string; version: number } | null>(
    listing ? { id: listing.id, version: listing.version } : null,
  );
  const saved = useRef<ListingContentInput | null>(baseline);
  const latest = useRef<ListingContentInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const conflicted = useRef(false);
  const callbacks = useRef({ onSaved, onCreated, onErrors });
  callbacks.current = { onSaved, onCreated, onErrors };

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const unsaved = () =>
    latest.current !== null && Object.keys(changedInput(saved.current, latest.current)).length > 0;

  const saveNow = useCallback(async (): Promise<SaveResult> => {
    if (conflicted.current) return 'conflict';
    const input = latest.current;
    if (!input) return 'clean';
    const current = target.current;
    if (!current && !input.title) {
      setState((s) => ({ ...s, status: 'idle' }));
      return 'skipped';
    }
    const content = current ? changedInput(saved.current, input) : input;
    if (current && Object.keys(content).length === 0) {
      setState((s) => (s.status === 'pending' ? { ...s, status: 'saved' } : s));
      return 'clean';
    }
    setState((s) => ({ ...s, status: 'saving' }));
    try {
      const payload = current
        ? (
            await updateListing({
              variables: { input: { listingId: current.id, version: current.version, content } },
            })
          ).data?.updateListing
        : (await createListing({ variables: { input: { kind, content } } })).data?.createListing;
      if (!payload) throw new Error('empty payload');
      if (payload.errors.length > 0 || !payload.listing) {
        setState((s) => ({ ...s, status: 'error' }));
        callbacks.current.onErrors(payload.errors);
        return 'invalid';
      }
      const result = payload.listing;
      target.current = { id: result.id, version: result.version };
      saved.current = current ? { ...saved.current, ...content } : input;
      setState({ status: unsaved() ? 'pending' : 'saved', savedAt: new Date() });
      if (!current) callbacks.current.onCreated(result);
      callbacks.current.onSaved(result);
      return 'saved';
    } catch (error) {
      if (errorKind(error) === 'CONFLICT') {
        conflicted.current = true;
        clearTimer();
        setState((s) => ({ ...s, status: 'conflict' }));
        return 'conflict';
      }
      setState((s) => ({ ...s, status: 'error' }));
      callbacks.current.onErrors([]);
      return 'error';
    }
  }, [createListing, updateListing, kind]);

  /** Saves after the queue of earlier saves. */
  const enqueue = useCallback((): Promise<SaveResult> => {
    const run = queue.current.then(saveNow, saveNow);
    queue.current = run;
    return run;
  }, [saveNow]);

  /** The form changed: save its content after a quiet moment (null: over a limit, do not save). */
  const schedule = useCallback(
    (input: ListingContentInput | null) => {
      if (conflicted.current) return;
      clearTimer();
      if (input === null) {
        setState((s) => ({ ...s, status: 'invalid' }));
        return;
      }
      latest.current = input;
      if (!target.current && !input.title) {
        setState((s) => ({ ...s, status: 'idle' }));
        return;
      }
      if (!unsaved() && target.current) {
        setState((s) => (s.status === 'pending' || s.status === 'invalid' ? { ...s, status: 'saved' } : s));
        return;
      }
      setState((s) => ({ ...s, status: 'pending' }));
      timer.current = setTimeout(() => void enqueue(), delay);
    },
    [enqueue, delay],
  );

  /** Saves whatever is pending right away, and tells how it went. */
  const flush = useCallback(
    async (input?: ListingContentInput): Promise<SaveResult> => {
      clearTimer();
      if (input) latest.current = input;
      return enqueue();
    },
    [enqueue],
  );

  /** Starts over from a freshly loaded listing (after a conflict, the author chose to reload). */
  const reset = useCallback((next: EditorListing, nextBaseline: ListingContentInput) => {
    clearTimer();
    conflicted.current = false;
    target.current = { id: next.id, version: next.version };
    saved.current = nextBaseline;
    latest.current = nextBaseline;
    setState({ status: 'saved', savedAt: null });
  }, []);

  useEffect(() => clearTimer, []);

  return { state, schedule, flush, reset, hasUnsaved: unsaved };
}
