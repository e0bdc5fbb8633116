/** What a reading-list page says when the texts of its readings could not be fetched (useReadingListData). */
export function TextsNotLoaded({ message }: { message: string }) {
  return (
    <p className="rl-problems" role="alert">
      The texts of the readings could not be loaded: {message}. Reload the page to try again.
    </p>
  );
}
