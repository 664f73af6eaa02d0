using Matching.Search.Lucene;

namespace Matching.Search.Tests;

public sealed class LuceneCandidateIndexConformanceTests : CandidateIndexConformanceTests
{
    protected override ICandidateIndex CreateIndex(string folder) => new LuceneCandidateIndex(folder, RegionZwolle.Directory);
}
