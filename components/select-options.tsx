/** The options of a select: "Choisissez…" first (disabled once a value is required), then the list. */
export function SelectOptions({ options, placeholderDisabled }: { options: { value: string; label: string }[]; placeholderDisabled?: boolean }) {
  return (
    <>
      <option value="" disabled={placeholderDisabled}>
        Choisissez…
      </option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
