namespace ParPlan.Features.Surveys;

/// <summary>The addresses of the survey pages and of their forms.</summary>
public static class SurveyPaths
{
    public const string List = "/khao-sat";
    public const string Create = "/khao-sat/tao";
    public const string CreateSave = "/khao-sat/tao/luu";
    public const string QuestionsSavePattern = "/khao-sat/{id:guid}/cau-hoi/luu";
    public const string UploadPattern = "/khao-sat/{id:guid}/nhap/tai-len";
    public const string ImportSavePattern = "/khao-sat/{id:guid}/nhap/{uploadId:guid}/luu";
    public const string ExportPattern = "/khao-sat/{id:guid}/xuat";
    public const string TargetsSavePattern = "/khao-sat/{id:guid}/chi-tieu/luu";

    public static string Results(Guid id) => $"{List}/{id}";

    public static string Questions(Guid id) => $"{List}/{id}/cau-hoi";

    public static string QuestionsSave(Guid id) => $"{Questions(id)}/luu";

    public static string Import(Guid id) => $"{List}/{id}/nhap";

    public static string Upload(Guid id) => $"{Import(id)}/tai-len";

    public static string Mapping(Guid id, Guid uploadId) => $"{Import(id)}/{uploadId}";

    public static string ImportSave(Guid id, Guid uploadId) => $"{Mapping(id, uploadId)}/luu";

    public static string Export(Guid id) => $"{List}/{id}/xuat";

    public static string TargetsSave(Guid id) => $"{List}/{id}/chi-tieu/luu";
}
