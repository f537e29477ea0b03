using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hoshi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupplyChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentShares_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentShares_Organizations_BuyerOrganizationId",
                        column: x => x.BuyerOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorporateNumber = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InformationExchanged = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExchangeMethod = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConnectedSystems = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Important = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiredLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObtainedLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suppliers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LevelDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandlesConfidentialInformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    StopWouldDisruptBuyer = table.Column<bool>(type: "INTEGER", nullable: false),
                    CanReachBuyerSystems = table.Column<bool>(type: "INTEGER", nullable: false),
                    OtherFactors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LevelDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LevelDecisions_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Checklist = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierChecklistItems_EvidenceFiles_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierChecklistItems_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierGaps",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequirementId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierGaps", x => new { x.OrganizationId, x.SupplierId, x.RequirementId });
                    table.ForeignKey(
                        name: "FK_SupplierGaps_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplierRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequiredLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CatalogKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    TokenExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResponseComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    MissedRequirements = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ObtainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclaredValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShareId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionnaireJson = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierRequests_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentShares_AssessmentId",
                table: "AssessmentShares",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentShares_BuyerOrganizationId_AssessmentId",
                table: "AssessmentShares",
                columns: new[] { "BuyerOrganizationId", "AssessmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentShares_OrganizationId_AssessmentId",
                table: "AssessmentShares",
                columns: new[] { "OrganizationId", "AssessmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_LevelDecisions_OrganizationId_SupplierId_DecidedAt",
                table: "LevelDecisions",
                columns: new[] { "OrganizationId", "SupplierId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LevelDecisions_SupplierId",
                table: "LevelDecisions",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierChecklistItems_EvidenceFileId",
                table: "SupplierChecklistItems",
                column: "EvidenceFileId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierChecklistItems_OrganizationId_SupplierId_Checklist_SortOrder",
                table: "SupplierChecklistItems",
                columns: new[] { "OrganizationId", "SupplierId", "Checklist", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierChecklistItems_SupplierId",
                table: "SupplierChecklistItems",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierGaps_OrganizationId_RequirementId",
                table: "SupplierGaps",
                columns: new[] { "OrganizationId", "RequirementId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierGaps_SupplierId",
                table: "SupplierGaps",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierRequests_OrganizationId_SupplierId_CreatedAt",
                table: "SupplierRequests",
                columns: new[] { "OrganizationId", "SupplierId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierRequests_SupplierId",
                table: "SupplierRequests",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierRequests_TokenHash",
                table: "SupplierRequests",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_OrganizationId_CorporateNumber",
                table: "Suppliers",
                columns: new[] { "OrganizationId", "CorporateNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_OrganizationId_Name",
                table: "Suppliers",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_OrganizationId_Status",
                table: "Suppliers",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_OrganizationId_ValidUntil",
                table: "Suppliers",
                columns: new[] { "OrganizationId", "ValidUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentShares");

            migrationBuilder.DropTable(
                name: "LevelDecisions");

            migrationBuilder.DropTable(
                name: "SupplierChecklistItems");

            migrationBuilder.DropTable(
                name: "SupplierGaps");

            migrationBuilder.DropTable(
                name: "SupplierRequests");

            migrationBuilder.DropTable(
                name: "Suppliers");
        }
    }
}
