/** Marks a setting the organization's policy fixes (managed storage wins over the user's choice). */
export function Locked({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <span className="locked" data-testid="locked" title="Set by your organization's policy">
      🔒 Set by your organization
    </span>
  );
}
