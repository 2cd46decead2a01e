using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatNomina.Chat.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ChatAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What each exchange asked, for HR's analytics (ExchangeAnalytics): the distinct measures and
            // operations of the stored query's requests, or, for an exchange stored without a query, those
            // of its v1 intent. Immutable, so that generated columns can use them.
            migrationBuilder.Sql("""
                CREATE FUNCTION chat.asked_measures(query jsonb, intent text) RETURNS text[]
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT CASE
                    WHEN query IS NULL THEN
                      CASE intent
                        WHEN 'net_pay' THEN '{net_pay}'::text[]
                        WHEN 'gross_pay' THEN '{gross_pay}'
                        WHEN 'deductions' THEN '{total_deductions}'
                        WHEN 'payment_date' THEN '{payment_date}'
                        WHEN 'payslip_summary' THEN '{payslip}'
                        WHEN 'pay_comparison' THEN '{net_pay}'
                        WHEN 'ytd_summary' THEN '{payslip}'
                        WHEN 'profile_info' THEN '{profile}'
                        ELSE '{}'
                      END
                    ELSE ARRAY(
                      SELECT DISTINCT r->>'measure'
                      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(query->'requests') = 'array' THEN query->'requests' ELSE '[]'::jsonb END) r
                      WHERE r->>'measure' IS NOT NULL
                      ORDER BY 1)
                  END
                $$;
                """);
            // Operations are stored as the enum's names (ExplainChange) and counted as the API names them (explain_change).
            migrationBuilder.Sql("""
                CREATE FUNCTION chat.asked_operations(query jsonb, intent text) RETURNS text[]
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT CASE
                    WHEN query IS NULL THEN
                      CASE intent
                        WHEN 'pay_comparison' THEN '{compare}'::text[]
                        WHEN 'ytd_summary' THEN '{total}'
                        WHEN 'net_pay' THEN '{value}'
                        WHEN 'gross_pay' THEN '{value}'
                        WHEN 'deductions' THEN '{value}'
                        WHEN 'payment_date' THEN '{value}'
                        WHEN 'payslip_summary' THEN '{value}'
                        WHEN 'profile_info' THEN '{value}'
                        ELSE '{}'
                      END
                    ELSE ARRAY(
                      SELECT DISTINCT lower(regexp_replace(r->>'operation', '([a-z0-9])([A-Z])', '\1_\2', 'g'))
                      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(query->'requests') = 'array' THEN query->'requests' ELSE '[]'::jsonb END) r
                      WHERE r->>'operation' IS NOT NULL
                      ORDER BY 1)
                  END
                $$;
                """);

            migrationBuilder.AddColumn<string[]>(
                name: "asked_measures",
                schema: "chat",
                table: "messages",
                type: "text[]",
                nullable: false,
                computedColumnSql: "chat.asked_measures(query, intent)",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "asked_operations",
                schema: "chat",
                table: "messages",
                type: "text[]",
                nullable: false,
                computedColumnSql: "chat.asked_operations(query, intent)",
                stored: true);

            migrationBuilder.AddColumn<bool>(
                name: "out_of_scope",
                schema: "chat",
                table: "messages",
                type: "boolean",
                nullable: false,
                computedColumnSql: "COALESCE(query->>'act' = 'OutOfScope', intent = 'out_of_scope', false)",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "unanswered_reason",
                schema: "chat",
                table: "messages",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                computedColumnSql: "CASE WHEN fallback = 'low_confidence' OR query->>'act' = 'Unclear' THEN 'unclear'\n     WHEN fallback = 'data_unavailable' THEN 'data_unavailable'\n     WHEN fallback IN ('inference_timeout', 'circuit_open', 'inference_error') THEN 'assistant_busy'\n     WHEN fallback IS NULL AND sources = '[]'::jsonb\n          AND (query->>'act' IN ('None', 'LanguageSwitch') AND query->'requests'->0 IS NOT NULL\n               OR query IS NULL AND intent IN ('deductions', 'gross_pay', 'net_pay', 'pay_comparison', 'payment_date', 'payslip_summary', 'profile_info', 'ytd_summary')) THEN 'no_data'\nEND",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_messages_analytics",
                schema: "chat",
                table: "messages",
                column: "created_at")
                .Annotation("Npgsql:IndexInclude", new[] { "duration_ms", "language", "fallback", "intent", "feedback_rating", "unanswered_reason", "out_of_scope", "asked_measures", "asked_operations" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_messages_analytics",
                schema: "chat",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "asked_measures",
                schema: "chat",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "asked_operations",
                schema: "chat",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "out_of_scope",
                schema: "chat",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "unanswered_reason",
                schema: "chat",
                table: "messages");

            migrationBuilder.Sql("DROP FUNCTION chat.asked_measures(jsonb, text);");
            migrationBuilder.Sql("DROP FUNCTION chat.asked_operations(jsonb, text);");
        }
    }
}
