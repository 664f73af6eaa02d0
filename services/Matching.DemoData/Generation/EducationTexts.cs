using Matching.Domain.Common;

namespace Matching.DemoData.Generation;

/// <summary>The education lines of an e-portfolio for a level; MBO levels name a course in the candidate's branche.</summary>
internal static class EducationTexts
{
    public static string?[] For(EducationLevel level, string mboCourse) => level switch
    {
        EducationLevel.None => [],
        EducationLevel.Basisonderwijs => ["Basisschool"],
        EducationLevel.ProVso => ["Praktijkonderwijs"],
        EducationLevel.Vmbo => ["VMBO basisberoepsgerichte leerweg"],
        EducationLevel.Mbo1 => ["MBO 1 Entree"],
        EducationLevel.Mbo2 => ["VMBO kaderberoepsgerichte leerweg", $"MBO 2 {mboCourse}"],
        EducationLevel.Mbo3 => ["VMBO", $"MBO 3 {mboCourse}"],
        EducationLevel.HavoVwo => ["HAVO"],
        EducationLevel.Mbo4 => ["VMBO theoretische leerweg", $"MBO 4 {mboCourse}"],
        EducationLevel.Hbo => ["HAVO", "HBO bachelor"],
        EducationLevel.Wo => ["VWO", "WO master"],
        _ => [],
    };
}
