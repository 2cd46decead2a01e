using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace ChatNomina.ServiceDefaults.OpenApi;

/// <summary>
/// Every service publishes its API as an OpenAPI document at <c>/openapi/v1.json</c>
/// (<c>Microsoft.AspNetCore.OpenApi</c>, built from the endpoints' own types), with the bearer
/// scheme and the error format every endpoint shares: any answer that is not a success is RFC 9457
/// problem details. The gateway republishes the documents under <c>/openapi/{service}.json</c>
/// behind a setting, and the web app's TypeScript types are generated from them (web/README.md).
/// </summary>
public static class OpenApiExtensions
{
    public const string BearerScheme = "Bearer";

    public static IHostApplicationBuilder AddDefaultOpenApi(this IHostApplicationBuilder builder)
    {
        var service = builder.Environment.ApplicationName.Replace("ChatNomina.", "", StringComparison.Ordinal);
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"ChatNomina {service} API";
                document.Info.Version = "v1";
                document.Info.Description = "Errors are RFC 9457 problem details (application/problem+json); 429 and 503 carry Retry-After.";
                document.Servers?.Clear();
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "An access token from the auth service (password grant for the CLI; the web app's gateway session attaches it).",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
                return Task.CompletedTask;
            });
            // ASP.NET Core reads numbers written as strings too, so its schemas say "integer or string"
            // with a digits pattern; the APIs always write numbers, and clients should send numbers.
            options.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
                    && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                operation.Responses ??= new OpenApiResponses();
                if (operation.Responses.ContainsKey("default"))
                {
                    return;
                }
                var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
                operation.Responses["default"] = new OpenApiResponse
                {
                    Description = "An error: RFC 9457 problem details (400 invalid input, 401, 403, 404, 409, 413, 415, 422, 429 and 503 with Retry-After).",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                };
            });
        });
        return builder;
    }

    /// <summary>The document at <c>/openapi/v1.json</c>, readable without a token (it describes, it holds no data).</summary>
    public static WebApplication MapDefaultOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
