using Matching.Domain.Candidates;

namespace Matching.Ranking;

/// <summary>
/// An eligible hit of the rescoring window with what ordering needs: its score (<c>IRanker.ScoreOf</c>) and
/// distance. <see cref="Window"/>, its place in the window, only breaks ties the reference cannot (it is unique).
/// </summary>
internal readonly record struct PoolEntry(CandidateProfile Profile, double TextRelevance, double Score, double DistanceKm, int Window)
{
    /// <summary>Score descending, then distance ascending, then reference: the ranking's documented order.</summary>
    public static readonly Comparison<PoolEntry> RankOrder = (a, b) =>
    {
        var order = b.Score.CompareTo(a.Score);
        if (order == 0) order = a.DistanceKm.CompareTo(b.DistanceKm);
        if (order == 0) order = string.CompareOrdinal(a.Profile.Reference, b.Profile.Reference);
        return order != 0 ? order : a.Window.CompareTo(b.Window);
    };
}
