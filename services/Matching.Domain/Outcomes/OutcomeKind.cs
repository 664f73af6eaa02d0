namespace Matching.Domain.Outcomes;

/// <summary>What happened to a proposed match, in the order a netwerker usually records it.</summary>
public enum OutcomeKind
{
    /// <summary>The candidate was on the list the netwerker looked at.</summary>
    Shown,
    /// <summary>The netwerker or consulent contacted the candidate about the vacancy.</summary>
    Contacted,
    /// <summary>The candidate is interested.</summary>
    Interested,
    /// <summary>The candidate is not interested.</summary>
    NotInterested,
    /// <summary>The employer invited the candidate (interview, proefplaatsing).</summary>
    Invited,
    /// <summary>The candidate was placed; <see cref="PlacementKind"/> says how.</summary>
    Placed,
    /// <summary>The employer turned the candidate down.</summary>
    RejectedByEmployer,
}
