using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Chat.Storage;

public sealed class ChatDbContext(DbContextOptions<ChatDbContext> options) : DbContext(options)
{
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ChatExchange> Exchanges => Set<ChatExchange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("chat");

        modelBuilder.Entity<Conversation>(b =>
        {
            b.ToTable("conversations");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(c => c.UserId).HasColumnName("user_id");
            b.Property(c => c.CreatedAt).HasColumnName("created_at");
            b.Property(c => c.UpdatedAt).HasColumnName("updated_at");
            b.Property(c => c.MessageCount).HasColumnName("message_count");
            b.HasIndex(c => new { c.UserId, c.UpdatedAt });
        });

        modelBuilder.Entity<ChatExchange>(b =>
        {
            b.ToTable("messages", t =>
            {
                t.HasCheckConstraint("ck_messages_language", "language IN ('es', 'en')");
                t.HasCheckConstraint("ck_messages_feedback", "feedback_rating IS NULL OR feedback_rating IN ('up', 'down')");
                t.HasCheckConstraint("ck_messages_confidence", "confidence IS NULL OR (confidence >= 0 AND confidence <= 1)");
            });
            b.HasKey(m => m.Id);
            b.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(m => m.ConversationId).HasColumnName("conversation_id");
            b.Property(m => m.UserId).HasColumnName("user_id");
            b.Property(m => m.CreatedAt).HasColumnName("created_at");
            b.Property(m => m.ClientMessageId).HasColumnName("client_message_id").HasMaxLength(ChatExchange.ClientMessageIdMaxLength);
            b.Property(m => m.Message).HasColumnName("message").HasMaxLength(4000);
            b.Property(m => m.Language).HasColumnName("language").HasMaxLength(2);
            b.Property(m => m.Answer).HasColumnName("answer");
            b.Property(m => m.Intent).HasColumnName("intent").HasMaxLength(40);
            b.Property(m => m.Confidence).HasColumnName("confidence");
            b.Property(m => m.Entities).HasColumnName("entities").HasColumnType("jsonb");
            b.Property(m => m.Context).HasColumnName("context").HasColumnType("jsonb");
            b.Property(m => m.Sources).HasColumnName("sources").HasColumnType("jsonb");
            b.Property(m => m.Query).HasColumnName("query").HasColumnType("jsonb");
            b.Property(m => m.TraceId).HasColumnName("trace_id").HasMaxLength(32);
            b.Property(m => m.Fallback).HasColumnName("fallback").HasMaxLength(40);
            b.Property(m => m.DurationMs).HasColumnName("duration_ms");
            b.Property(m => m.FeedbackRating).HasColumnName("feedback_rating").HasMaxLength(4);
            b.Property(m => m.FeedbackComment).HasColumnName("feedback_comment").HasMaxLength(1000);
            b.Property(m => m.FeedbackAt).HasColumnName("feedback_at");
            b.Property(m => m.UnansweredReason).HasColumnName("unanswered_reason").HasMaxLength(20)
                .HasComputedColumnSql(ExchangeAnalytics.UnansweredReasonSql, stored: true);
            b.Property(m => m.OutOfScope).HasColumnName("out_of_scope")
                .HasComputedColumnSql(ExchangeAnalytics.OutOfScopeSql, stored: true);
            b.Property(m => m.AskedMeasures).HasColumnName("asked_measures")
                .HasComputedColumnSql(ExchangeAnalytics.AskedMeasuresSql, stored: true);
            b.Property(m => m.AskedOperations).HasColumnName("asked_operations")
                .HasComputedColumnSql(ExchangeAnalytics.AskedOperationsSql, stored: true);
            b.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(m => new { m.ConversationId, m.CreatedAt });
            b.HasIndex(m => m.UserId);
            // HR analytics: every aggregate is over a range of days and reads only these columns (index-only scans).
            b.HasIndex(m => m.CreatedAt).HasDatabaseName(ExchangeAnalytics.Index)
                .IncludeProperties(m => new
                {
                    m.DurationMs, m.Language, m.Fallback, m.Intent, m.FeedbackRating,
                    m.UnansweredReason, m.OutOfScope, m.AskedMeasures, m.AskedOperations,
                });
            b.HasIndex(m => new { m.UserId, m.ClientMessageId }).IsUnique()
                .HasFilter("client_message_id IS NOT NULL").HasDatabaseName(ChatExchange.ClientMessageIdIndex);
        });
    }
}
