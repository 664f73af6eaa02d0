namespace Matching.Domain.Candidates;

public static class CategoryExtensions
{
    public static bool IsWerkfit(this DalfsenCategory c) =>
        c is DalfsenCategory.WerkfitMaximumReached or DalfsenCategory.WerkfitProgressExpected;

    public static bool IsMeedoen(this DalfsenCategory c) =>
        c is DalfsenCategory.MeedoenMaximumReached or DalfsenCategory.MeedoenProgressExpected;

    public static bool IsZorg(this DalfsenCategory c) =>
        c is DalfsenCategory.ZorgMaximumReached or DalfsenCategory.ZorgProgressExpected;
}
