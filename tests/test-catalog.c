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

static void
check_duties (const char *where,
              GListModel *duties,
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
    "ec2", "s3", "rds", "lambda", "dynamodb", "ecs", "eks", "vpc", "iam", "kms",
    "cloudtrail", "elastic-beanstalk",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (ds_catalog_lookup_service (catalog, required[i]) == NULL)
      g_error ("the catalog has no service “%s”", required[i]);
}

static void
test_services (void)
{
  gboolean categories[DS_CATEGORY_ABSTRACTED + 1] = { FALSE, };

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const char *id = ds_service_get_id (service);
      guint n_customer_layers = 0;

      if (!is_aws_documentation (ds_service_get_documentation (service)))
        g_error ("%s: the documentation link is not an AWS page", id);

      check_duties (id, ds_service_get_duties (service), 2, 3);

      /* The physical layers are always AWS's, and the data always the customer's. */
      g_assert_cmpint (ds_service_get_layer_owner (service, DS_LAYER_FACILITIES), ==, DS_OWNER_AWS);
      g_assert_cmpint (ds_service_get_layer_owner (service, DS_LAYER_HARDWARE), ==, DS_OWNER_AWS);
      g_assert_cmpint (ds_service_get_layer_owner (service, DS_LAYER_CUSTOMER_DATA), ==, DS_OWNER_CUSTOMER);

      for (guint layer = 0; layer < DS_N_LAYERS; layer++)
        n_customer_layers += ds_service_get_layer_owner (service, layer) != DS_OWNER_AWS &&
                             ds_service_get_layer_owner (service, layer) != DS_OWNER_NONE;
      if (n_customer_layers == 0)
        g_error ("%s: the customer owns no layer", id);

      categories[ds_service_get_category (service)] = TRUE;

      /* A duty sits on a layer its owner has a part in. */
      for (guint j = 0; j < g_list_model_get_n_items (ds_service_get_duties (service)); j++)
        {
          g_autoptr(DsDuty) duty = g_list_model_get_item (ds_service_get_duties (service), j);
          DsOwner layer_owner = ds_service_get_layer_owner (service, ds_duty_get_layer (duty));
          gboolean fits = layer_owner == DS_OWNER_SHARED ||
                          (layer_owner == DS_OWNER_AWS && !ds_duty_is_customers (duty)) ||
                          (layer_owner == DS_OWNER_CUSTOMER && ds_duty_is_customers (duty));

          if (!fits)
            g_error ("%s/%s: a %s duty on the %s layer, which is %s's",
                     id, ds_duty_get_id (duty), ds_owner_to_string (ds_duty_get_owner (duty)),
                     ds_layer_to_string (ds_duty_get_layer (duty)), ds_owner_to_string (layer_owner));
        }
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

  check_duties ("general", general, 2, 3);

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
