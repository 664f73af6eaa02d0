using Matching.Domain.Common;

namespace Matching.DemoData.Vocabulary;

/// <summary>An ESCO v1.1 occupation chosen as typical for a branche (data: ESCO, European Commission).</summary>
public sealed record EscoOccupation(Branche Branche, string IscoGroup, string DutchLabel, string ConceptUri);
