namespace Matching.ServiceDefaults.Ownership;

/// <summary>A write's claim that <paramref name="Owner"/> owns <paramref name="Reference"/>: granted when nobody owns it yet or the owner is the same.</summary>
public sealed record ReferenceClaim(ReferenceKind Kind, string Reference, string Owner);
