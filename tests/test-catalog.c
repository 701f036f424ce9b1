/* test-catalog.c — the built-in catalog meets the rules its content must keep
 *
 * The loader already checks the format (types, enums, unique ids, control id
 * and link shapes); these are the rules for what a shipped catalog says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ds-catalog.h"
#include "ds-duty.h"
#include "ds-service.h"
#include "ds-variant.h"

static DsCatalog *catalog;

static gboolean
is_aws_documentation (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  const char *host;

  if (parsed == NULL || g_strcmp0 (g_uri_get_scheme (parsed), "https") != 0)
    return FALSE;

  host = g_uri_get_host (parsed);
  return g_strcmp0 (host, "docs.aws.amazon.com") == 0 || g_strcmp0 (host, "aws.amazon.com") == 0;
}

/* Checks the duties of a service as it runs as @variant_id (NULL: all). */
static void
check_duties (const char *where,
              GListModel *duties,
              const char *variant_id,
              guint       min_aws,
              guint       min_customer)
{
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_aws = 0, n_customer = 0;

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      const char *title = ds_duty_get_title (duty);
      const char * const *links = ds_duty_get_links (duty);

      if (!ds_duty_applies_to (duty, variant_id))
        continue;

      if (!g_hash_table_add (titles, (char *)title))
        g_error ("%s: the title “%s” is used twice", where, title);
      if (g_str_has_suffix (title, "."))
        g_error ("%s: “%s”: titles are actions without a final period", where, title);
      if (!g_unichar_isupper (g_utf8_get_char (title)))
        g_error ("%s: “%s”: titles start with a capital", where, title);

      for (guint j = 0; links != NULL && links[j] != NULL; j++)
        if (!is_aws_documentation (links[j]))
          g_error ("%s/%s: %s is not an AWS documentation page", where, ds_duty_get_id (duty), links[j]);

      if (ds_duty_is_customers (duty))
        n_customer++;
      else
        n_aws++;
    }

  if (n_aws < min_aws || n_customer < min_customer)
    g_error ("%s: %u AWS and %u customer duties; at least %u and %u are needed",
             where, n_aws, n_customer, min_aws, min_customer);
}

static void
test_required_services (void)
{
  static const char *required[] = {
    "ec2", "lambda", "elastic-beanstalk", "lightsail", "batch", "app-runner", "outposts",
    "ecs", "eks", "fargate", "ecr",
    "s3", "s3-glacier", "ebs", "efs", "fsx", "storage-gateway", "backup",
    "rds", "aurora", "dynamodb", "elasticache", "redshift", "documentdb", "neptune",
    "keyspaces", "memorydb", "timestream",
    "vpc", "cloudfront", "route53", "api-gateway", "elb", "direct-connect", "transit-gateway",
    "global-accelerator", "site-to-site-vpn",
    "iam", "iam-identity-center", "organizations", "kms", "cloudhsm", "secrets-manager", "acm",
    "cognito", "guardduty", "security-hub", "inspector", "macie", "waf", "shield",
    "network-firewall", "detective", "artifact", "audit-manager",
    "cloudtrail", "cloudwatch", "config", "systems-manager", "cloudformation", "control-tower",
    "trusted-advisor",
    "athena", "emr", "glue", "kinesis-data-streams", "data-firehose", "opensearch", "quicksight",
    "msk", "lake-formation",
    "sqs", "sns", "eventbridge", "step-functions", "amazon-mq",
    "sagemaker", "bedrock", "rekognition", "comprehend", "textract",
    "codebuild", "codepipeline", "codeartifact", "workspaces", "iot-core", "datasync", "dms",
    "transfer-family",
  };
  /* Where the split depends on how the service runs, the catalog says so. */
  static const struct { const char *service, *variants[3]; } variants[] = {
    { "ecs", { "ec2", "fargate" } },
    { "lambda", { "zip", "container-image" } },
    { "eks", { "managed-node-groups", "self-managed-nodes" } },
    { "elastic-beanstalk", { "managed-updates", "manual-updates" } },
    { "rds", { "rds", "rds-custom" } },
  };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), >=, 100);

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (ds_catalog_lookup_service (catalog, required[i]) == NULL)
      g_error ("the catalog has no service “%s”", required[i]);

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    for (guint j = 0; variants[i].variants[j] != NULL; j++)
      if (ds_service_lookup_variant (ds_catalog_lookup_service (catalog, variants[i].service),
                                     variants[i].variants[j]) == NULL)
        g_error ("%s has no variant “%s”", variants[i].service, variants[i].variants[j]);
}

/* Checks one way of running @service: the minimums, and that each duty
 * sits on a layer its owner has a part in. */
static void
check_variant (DsService  *service,
               const char *variant_id)
{
  g_autofree char *where = g_strdup_printf ("%s%s%s", ds_service_get_id (service),
                                            variant_id ? ":" : "", variant_id ? variant_id : "");
  GListModel *duties = ds_service_get_duties (service);
  guint n_customer_layers = 0;

  check_duties (where, duties, variant_id, 2, 3);

  /* The data is always the customer's; the physical layers are never the
   * customer's alone (an Outpost's site is shared). */
  g_assert_cmpint (ds_service_get_variant_layer_owner (service, variant_id, DS_LAYER_CUSTOMER_DATA), ==, DS_OWNER_CUSTOMER);
  g_assert_cmpint (ds_service_get_variant_layer_owner (service, variant_id, DS_LAYER_FACILITIES), !=, DS_OWNER_CUSTOMER);
  g_assert_cmpint (ds_service_get_variant_layer_owner (service, variant_id, DS_LAYER_HARDWARE), !=, DS_OWNER_CUSTOMER);

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      DsOwner owner = ds_service_get_variant_layer_owner (service, variant_id, layer);
      n_customer_layers += owner == DS_OWNER_CUSTOMER || owner == DS_OWNER_SHARED;
    }
  if (n_customer_layers == 0)
    g_error ("%s: the customer owns no layer", where);

  for (guint j = 0; j < g_list_model_get_n_items (duties); j++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, j);
      DsOwner layer_owner = ds_service_get_variant_layer_owner (service, variant_id, ds_duty_get_layer (duty));
      gboolean fits = layer_owner == DS_OWNER_SHARED ||
                      (layer_owner == DS_OWNER_AWS && !ds_duty_is_customers (duty)) ||
                      (layer_owner == DS_OWNER_CUSTOMER && ds_duty_is_customers (duty));

      if (ds_duty_applies_to (duty, variant_id) && !fits)
        g_error ("%s/%s: a %s duty on the %s layer, which is %s's",
                 where, ds_duty_get_id (duty), ds_owner_to_string (ds_duty_get_owner (duty)),
                 ds_layer_to_string (ds_duty_get_layer (duty)), ds_owner_to_string (layer_owner));
    }
}

static void
test_services (void)
{
  gboolean categories[DS_CATEGORY_ABSTRACTED + 1] = { FALSE, };

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const char *id = ds_service_get_id (service);

      GListModel *variants = ds_service_get_variants (service);

      if (!is_aws_documentation (ds_service_get_documentation (service)))
        g_error ("%s: the documentation link is not an AWS page", id);

      if (g_list_model_get_n_items (variants) == 0)
        check_variant (service, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (variants); j++)
        {
          g_autoptr(DsVariant) variant = g_list_model_get_item (variants, j);
          check_variant (service, ds_variant_get_id (variant));
        }

      categories[ds_service_get_category (service)] = TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (!categories[i])
      g_error ("no service of category %s", ds_category_to_string (i));
}

/* The seed's three customer duties, and AWS's two, are in the general list. */
static void
test_general_duties (void)
{
  static const char *customer[] = { "choose-regions", "encrypt-data", "schedule-backups", "control-access" };
  GListModel *general = ds_catalog_get_general_duties (catalog);

  check_duties ("general", general, NULL, 2, 3);

  for (guint i = 0; i < G_N_ELEMENTS (customer); i++)
    {
      g_autofree char *ref = g_strconcat ("general/", customer[i], NULL);
      DsDuty *duty = ds_catalog_lookup_duty (catalog, ref);

      if (duty == NULL || ds_duty_get_owner (duty) != DS_OWNER_CUSTOMER)
        g_error ("the customer duty %s is missing", ref);
    }
}

static void
test_texts (void)
{
  for (guint i = 0; i < DS_N_LAYERS; i++)
    g_assert_nonnull (ds_catalog_get_layer_description (catalog, i));
  for (guint i = 0; i <= DS_CATEGORY_ABSTRACTED; i++)
    g_assert_nonnull (ds_catalog_get_category_description (catalog, i));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = ds_catalog_new_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/catalog/required-services", test_required_services);
  g_test_add_func ("/catalog/services", test_services);
  g_test_add_func ("/catalog/general-duties", test_general_duties);
  g_test_add_func ("/catalog/texts", test_texts);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
