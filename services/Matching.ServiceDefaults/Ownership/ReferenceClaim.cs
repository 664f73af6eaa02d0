namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// A write's claim that <paramref name="Owner"/> owns <paramref name="Reference"/>: granted when nobody owns it yet or the
/// owner is the same. With <paramref name="ExpectedVersion"/> the write also holds only while the reference is still at
/// that version (the one its writer read), so a change made in between is never silently overwritten.
/// </summary>
public sealed record ReferenceClaim(ReferenceKind Kind, string Reference, string Owner, long? ExpectedVersion = null);
