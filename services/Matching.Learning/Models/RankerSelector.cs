using Matching.Learning.Outcomes;
using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Models;

/// <summary>
/// The <see cref="IRanker"/> the service uses: the promoted learned model when there is one (trained on today's
/// feature schema), otherwise the <see cref="TransparentScorer"/>. Picks up a newly promoted model without a restart
/// (looks at the registry's promotion stamp every <see cref="LearningOptions.ModelRefreshSeconds"/>, in the background,
/// so a slow or absent database never holds up a ranking). With the transparent scorer, the employer-history feature is still
/// filled in, so logged features are complete for training. A ranking takes the ranker in force once
/// (<see cref="ForOneRanking"/>) and uses it throughout, so a promotion mid-ranking never mixes two models.
/// </summary>
public sealed class RankerSelector : IRanker
{
    private readonly TransparentScorer _transparent;
    private readonly IModelRegistry _registry;
    private readonly IOutcomeStore _outcomes;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _refresh;
    private readonly ILogger<RankerSelector> _logger;
    private readonly object _gate = new();
    private readonly IRanker _withHistory;
    private volatile IRanker _active;
    private DateTimeOffset _checkedAt;
    private string? _currentStamp;
    private int _checking;

    public RankerSelector(TransparentScorer transparent, IModelRegistry registry, IOutcomeStore outcomes, IOptions<LearningOptions> options,
        TimeProvider clock, ILogger<RankerSelector> logger)
    {
        _transparent = transparent;
        _registry = registry;
        _outcomes = outcomes;
        _clock = clock;
        _refresh = TimeSpan.FromSeconds(options.Value.ModelRefreshSeconds);
        _logger = logger;
        _withHistory = new TransparentWithEmployerHistory(transparent, outcomes);
        _active = _withHistory;
        Refresh(force: true);
    }

    public string Version
    {
        get
        {
            Refresh(force: false);
            return _active.Version;
        }
    }

    public IRanker Active => _active;

    public ScoredCandidate Score(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, double textRelevance, DateOnly today) =>
        _active.Score(vacancy, candidate, eligibility, textRelevance, today);

    public double ScoreOf(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today) =>
        _active.ScoreOf(vacancy, candidate, textRelevance, today);

    public IReadOnlyList<double> ScoresOf(Vacancy vacancy, IReadOnlyList<WindowCandidate> window, DateOnly today) =>
        _active.ScoresOf(vacancy, window, today);

    /// <summary>The ranker in force now (after looking for a newly promoted model), for one whole ranking.</summary>
    public IRanker ForOneRanking()
    {
        Refresh(force: false);
        return _active;
    }

    /// <summary>
    /// Loads the promoted model when its stamp changed since the last look: forced, now; otherwise at most once per
    /// refresh interval and in the background (the ranking in progress keeps the ranker in force).
    /// </summary>
    public void Refresh(bool force)
    {
        var now = _clock.GetUtcNow();
        if (force)
        {
            _checkedAt = now;
            Reload(force: true);
            return;
        }
        if (now - _checkedAt < _refresh || Interlocked.CompareExchange(ref _checking, 1, 0) != 0) return;
        _checkedAt = now;
        _ = Task.Run(() =>
        {
            try
            {
                Reload(force: false);
            }
            finally
            {
                Volatile.Write(ref _checking, 0);
            }
        });
    }

    private void Reload(bool force)
    {
        lock (_gate)
        {
            try
            {
                var stamp = _registry.CurrentStamp();
                if (!force && stamp == _currentStamp) return;
                _active = _registry.LoadCurrent() is { } current
                    ? new LearnedRanker(current.Model, current.Metadata, _transparent, _outcomes)
                    : _withHistory;
                _currentStamp = stamp;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or System.Text.Json.JsonException
                                          or System.Data.Common.DbException or TimeoutException)
            {
                _logger.LogError(e, "Could not load the promoted model from {Location}; ranking stays with {Ranker}", _registry.Location, _active.Version);
                return;
            }
            _logger.LogInformation("Ranking with {Ranker}", _active.Version);
        }
    }

    /// <summary>
    /// The transparent scorer, with the employer-history feature filled in: it earns no points, so the score is the
    /// scorer's, but the logged features are complete for training.
    /// </summary>
    private sealed class TransparentWithEmployerHistory(TransparentScorer transparent, IOutcomeStore outcomes) : IRanker
    {
        public string Version => transparent.Version;

        public ScoredCandidate Score(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, double textRelevance, DateOnly today)
        {
            var scored = transparent.Score(vacancy, candidate, eligibility, textRelevance, today);
            var history = outcomes.HistoryOf(candidate.Reference, vacancy.Employer);
            return scored with { Features = scored.Features with { EmployerHistoryFit = history.Fit } };
        }

        public double ScoreOf(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today) =>
            transparent.ScoreOf(vacancy, candidate, textRelevance, today);
    }
}
