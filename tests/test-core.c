/* test-core.c — the model, the loaders and autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "ds-autosave.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"
#include "ds-core-enums.h"
#include "ds-duty.h"
#include "ds-file.h"
#include "ds-json.h"
#include "ds-compare.h"
#include "ds-owner-paint.h"
#include "ds-picture.h"
#include "ds-service.h"
#include "ds-variant.h"

static DsCatalog *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  DsCatalog *catalog = ds_catalog_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
count_changed_cb (DsChecklist *checklist,
                  guint       *count)
{
  (*count)++;
}

static void
test_catalog_builtin (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsService) first = NULL;
  DsService *s3;
  DsDuty *duty;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), >=, 12);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalog)) == DS_TYPE_SERVICE);
  first = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
  g_assert_true (DS_IS_SERVICE (first));

  s3 = ds_catalog_lookup_service (catalog, "s3");
  g_assert_nonnull (s3);
  g_assert_cmpstr (ds_service_get_name (s3), ==, "Amazon S3");
  g_assert_cmpint (ds_service_get_category (s3), ==, DS_CATEGORY_ABSTRACTED);
  g_assert_cmpint (ds_service_get_layer_owner (s3, DS_LAYER_FACILITIES), ==, DS_OWNER_AWS);
  g_assert_cmpint (ds_service_get_layer_owner (s3, DS_LAYER_CUSTOMER_DATA), ==, DS_OWNER_CUSTOMER);
  g_assert_true (g_str_has_prefix (ds_service_get_documentation (s3), "https://docs.aws.amazon.com/"));
  g_assert_true (g_list_model_get_item_type (ds_service_get_duties (s3)) == DS_TYPE_DUTY);

  duty = ds_catalog_lookup_duty (catalog, "general/choose-regions");
  g_assert_nonnull (duty);
  g_assert_cmpint (ds_duty_get_owner (duty), ==, DS_OWNER_CUSTOMER);
  g_assert_null (ds_catalog_lookup_duty (catalog, "s3/no-such-duty"));
  g_assert_null (ds_catalog_lookup_duty (catalog, "no-slash"));

  g_assert_cmpstr (ds_catalog_get_layer_name (catalog, DS_LAYER_GUEST_OS), ==, "Guest operating system");
  g_assert_true (ds_json_is_date (ds_catalog_get_reviewed (catalog)));
}

static void
test_catalog_search (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  DsService *ec2 = ds_catalog_lookup_service (catalog, "ec2");
  g_autofree char *imds = g_utf8_casefold ("IMDSv2", -1);

  g_assert_true (ds_service_matches (ec2, ""));
  g_assert_true (ds_service_matches (ec2, "ec2"));
  g_assert_true (ds_service_matches (ec2, "compute"));
  g_assert_true (ds_service_matches (ec2, imds));   /* a duty's text */
  g_assert_false (ds_service_matches (ec2, "dynamodb"));
}

/* A minimal valid catalog, as a template for the bad ones. */
#define LAYERS \
  "\"layers\": [" \
  "{\"id\":\"customer-data\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"identity\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"encryption\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"network\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"application\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"platform\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"guest-os\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"host\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"hardware\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"facilities\",\"name\":\"a\",\"description\":\"a\"}]"
#define CATEGORIES \
  "\"categories\": [" \
  "{\"id\":\"infrastructure\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"container\",\"name\":\"a\",\"description\":\"a\"}," \
  "{\"id\":\"abstracted\",\"name\":\"a\",\"description\":\"a\"}]"
#define OWNERS \
  "{\"customer-data\":\"customer\",\"identity\":\"customer\",\"encryption\":\"shared\"," \
  "\"network\":\"customer\",\"application\":\"none\",\"platform\":\"aws\",\"guest-os\":\"aws\"," \
  "\"host\":\"aws\",\"hardware\":\"aws\",\"facilities\":\"aws\"}"
#define DUTY(id) \
  "{\"id\":\"" id "\",\"title\":\"T\",\"detail\":\"D\",\"owner\":\"customer\",\"layer\":\"identity\"}"
#define SERVICE(id, duties) \
  "{\"id\":\"" id "\",\"name\":\"N\",\"group\":\"G\",\"category\":\"abstracted\",\"summary\":\"S\"," \
  "\"documentation\":\"https://docs.aws.amazon.com/x\",\"layers\":" OWNERS ",\"duties\":[" duties "]}"
#define CATALOG(services) \
  "{\"format\":\"duty-split-catalog\",\"version\":1,\"reviewed\":\"2026-11-28\"," \
  LAYERS "," CATEGORIES ",\"general-duties\":[" DUTY ("g") "],\"services\":[" services "]}"

static void
test_catalog_minimal (void)
{
  static const char text[] = CATALOG (SERVICE ("one", DUTY ("a") "," DUTY ("b")));
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_bytes (bytes, "mini.json", &error);
  DsService *one;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 1);
  one = ds_catalog_lookup_service (catalog, "one");
  g_assert_cmpuint (g_list_model_get_n_items (ds_service_get_duties (one)), ==, 2);
  g_assert_cmpint (ds_service_get_layer_owner (one, DS_LAYER_APPLICATION), ==, DS_OWNER_NONE);
  g_assert_cmpint (ds_service_get_layer_owner (one, DS_LAYER_ENCRYPTION), ==, DS_OWNER_SHARED);
}

typedef struct {
  const char *name;
  const char *text;
  gsize       len;       /* 0: strlen */
  int         code;
  const char *expected;  /* part of the message: the place and the expectation */
} BadCase;

static const BadCase bad_catalogs[] = {
  { "empty", "", 0, DS_FORMAT_ERROR_SYNTAX, "bad.json: the file is empty; expected a JSON object" },
  { "not-json", "hello", 0, DS_FORMAT_ERROR_SYNTAX, "bad.json:1:" },
  { "truncated", "{\"format\": \"duty-split-catalog\",\n  \"version\": 1,\n  \"layers\": [", 0,
    DS_FORMAT_ERROR_SYNTAX, "bad.json:3:" },
  { "array", "[1, 2]", 0, DS_FORMAT_ERROR_INVALID, "bad.json: $: expected an object" },
  { "wrong-format", "{\"format\":\"other\",\"version\":1}", 0, DS_FORMAT_ERROR_INVALID,
    "$.format: expected \"duty-split-catalog\" but found \"other\"" },
  { "future-version", "{\"format\":\"duty-split-catalog\",\"version\":99}", 0,
    DS_FORMAT_ERROR_VERSION, "$.version: version 99 is not supported" },
  { "string-version", "{\"format\":\"duty-split-catalog\",\"version\":\"1\"}", 0,
    DS_FORMAT_ERROR_INVALID, "$.version: expected a whole number" },
  { "template-loads", CATALOG (SERVICE ("one", DUTY ("a"))), 0, 0, NULL },
  { "bad-owner", CATALOG (SERVICE ("one",
      "{\"id\":\"a\",\"title\":\"T\",\"detail\":\"D\",\"owner\":\"amazon\",\"layer\":\"identity\"}")), 0,
    DS_FORMAT_ERROR_INVALID,
    "$.services[0].duties[0].owner: expected one of none, aws, customer, shared but found \"amazon\"" },
  { "duty-owner-none", CATALOG (SERVICE ("one",
      "{\"id\":\"a\",\"title\":\"T\",\"detail\":\"D\",\"owner\":\"none\",\"layer\":\"identity\"}")), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].duties[0].owner: expected aws, customer or shared" },
  { "title-number", CATALOG (SERVICE ("one",
      "{\"id\":\"a\",\"title\":7,\"detail\":\"D\",\"owner\":\"aws\",\"layer\":\"identity\"}")), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].duties[0].title: expected a string" },
  { "missing-detail", CATALOG (SERVICE ("one",
      "{\"id\":\"a\",\"title\":\"T\",\"owner\":\"aws\",\"layer\":\"identity\"}")), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].duties[0].detail: missing; expected a string" },
  { "duplicate-service", CATALOG (SERVICE ("one", DUTY ("a")) "," SERVICE ("one", DUTY ("a"))), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[1].id: this id is already used by another service" },
  { "duplicate-duty", CATALOG (SERVICE ("one", DUTY ("a") "," DUTY ("a"))), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].duties[1].id: this id is already used by another duty" },
  { "bad-id", CATALOG (SERVICE ("One Two", DUTY ("a"))), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].id: expected lowercase letters" },
  { "general-id", CATALOG (SERVICE ("general", DUTY ("a"))), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].id: expected lowercase letters, digits and dashes, other than" },
  { "bad-control", CATALOG (SERVICE ("one",
      "{\"id\":\"a\",\"title\":\"T\",\"detail\":\"D\",\"owner\":\"aws\",\"layer\":\"identity\","
      "\"controls\":[\"S3-1\"]}")), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].duties[0].controls[0]: expected a Security Hub control id" },
  { "http-link", CATALOG (SERVICE ("one",
      "{\"id\":\"a\",\"title\":\"T\",\"detail\":\"D\",\"owner\":\"aws\",\"layer\":\"identity\","
      "\"links\":[\"http://example.com\"]}")), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].duties[0].links[0]: expected an https:// address" },
  { "no-services", "{\"format\":\"duty-split-catalog\",\"version\":1,\"reviewed\":\"2026-11-28\","
      LAYERS "," CATEGORIES ",\"general-duties\":[]}", 0,
    DS_FORMAT_ERROR_INVALID, "$.services: missing; expected an array" },
  { "bad-date", "{\"format\":\"duty-split-catalog\",\"version\":1,\"reviewed\":\"2026-02-30\","
      LAYERS "," CATEGORIES ",\"general-duties\":[],\"services\":[]}", 0,
    DS_FORMAT_ERROR_INVALID, "$.reviewed: expected a date written YYYY-MM-DD" },
  { "layer-order", "{\"format\":\"duty-split-catalog\",\"version\":1,\"reviewed\":\"2026-11-28\","
      "\"layers\":[{\"id\":\"identity\",\"name\":\"a\",\"description\":\"a\"},1,2,3,4,5,6,7,8,9],"
      CATEGORIES ",\"general-duties\":[],\"services\":[]}", 0,
    DS_FORMAT_ERROR_INVALID, "$.layers[0].id: expected \"customer-data\" but found \"identity\"" },
  { "one-variant", CATALOG ("{\"id\":\"one\",\"name\":\"N\",\"group\":\"G\",\"category\":\"abstracted\","
      "\"summary\":\"S\",\"documentation\":\"https://docs.aws.amazon.com/x\",\"variants\":"
      "[{\"id\":\"a\",\"name\":\"A\",\"summary\":\"S\",\"layers\":" OWNERS "}],\"duties\":[" DUTY ("a") "]}"), 0,
    DS_FORMAT_ERROR_INVALID, "$.services[0].variants: expected between 2 and 8 variants" },
  { "invalid-utf8", "{\"format\":\n\"\xC3\x28\"}", 0, DS_FORMAT_ERROR_ENCODING,
    "bad.json:2:2: invalid UTF-8" },
  { "nul-byte", "{\"format\":\0\"x\"}", 16, DS_FORMAT_ERROR_ENCODING, "bad.json:1:11: unexpected NUL byte" },
};

static void
test_catalog_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (bad->text, bad->len ? bad->len : strlen (bad->text));
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_bytes (bytes, "bad.json", &error);

  if (bad->expected == NULL)
    {
      /* The template itself must load, or the other cases prove nothing. */
      g_assert_no_error (error);
      g_assert_nonnull (catalog);
      return;
    }

  g_assert_null (catalog);
  g_assert_error (error, DS_FORMAT_ERROR, bad->code);
  g_assert_true (g_str_has_prefix (error->message, "bad.json"));
  if (strstr (error->message, bad->expected) == NULL)
    g_error ("expected “%s” in “%s”", bad->expected, error->message);
}

static void
test_catalog_unknown_member (void)
{
  static const char text[] = "{\"format\":\"duty-split-catalog\",\"version\":1,\"colour\":\"red\"}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_bytes (bytes, "bad.json", &error);

  g_assert_null (catalog);
  g_assert_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "bad.json: $.colour: unknown member; expected one of format"));
}

static void
test_catalog_deep (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\":");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (text, '[');
  bytes = g_bytes_new (text->str, text->len);
  catalog = ds_catalog_new_from_bytes (bytes, "deep.json", &error);

  g_assert_null (catalog);
  g_assert_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_TOO_DEEP);
  g_assert_true (g_str_has_prefix (error->message, "deep.json:1:"));
}

static void
test_catalog_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/catalog.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_file (file, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static DsCatalog *
custom_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "custom-catalog.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DsCatalog *catalog = ds_catalog_new_from_file (file, &error);

  g_assert_no_error (error);
  return catalog;
}

static void
test_catalog_variants (void)
{
  g_autoptr(DsCatalog) catalog = custom_catalog ();
  DsService *platform = ds_catalog_lookup_service (catalog, "app-platform");
  DsService *lake = ds_catalog_lookup_service (catalog, "data-lake");
  GListModel *variants = ds_service_get_variants (platform);
  DsDuty *patch_shared = ds_service_lookup_duty (platform, "patch-shared-nodes");
  DsDuty *scan = ds_service_lookup_duty (platform, "scan-images");

  g_assert_cmpuint (g_list_model_get_n_items (variants), ==, 2);
  g_assert_true (g_list_model_get_item_type (variants) == DS_TYPE_VARIANT);
  g_assert_cmpuint (g_list_model_get_n_items (ds_service_get_variants (lake)), ==, 0);

  /* The service's own layers are its first variant's. */
  g_assert_cmpint (ds_service_get_layer_owner (platform, DS_LAYER_GUEST_OS), ==, DS_OWNER_AWS);
  g_assert_cmpint (ds_service_get_variant_layer_owner (platform, "dedicated-nodes", DS_LAYER_GUEST_OS),
                   ==, DS_OWNER_CUSTOMER);
  g_assert_cmpint (ds_service_get_variant_layer_owner (platform, NULL, DS_LAYER_GUEST_OS), ==, DS_OWNER_AWS);
  g_assert_cmpstr (ds_variant_get_name (ds_service_lookup_variant (platform, "dedicated-nodes")),
                   ==, "Dedicated nodes");
  g_assert_null (ds_service_lookup_variant (platform, "nope"));

  g_assert_true (ds_duty_applies_to (patch_shared, "shared-cluster"));
  g_assert_false (ds_duty_applies_to (patch_shared, "dedicated-nodes"));
  g_assert_true (ds_duty_applies_to (scan, "dedicated-nodes"));
  g_assert_true (ds_duty_applies_to (scan, "shared-cluster"));
}

static void
test_catalog_bad_variants (void)
{
  g_autoptr(DsCatalog) base = custom_catalog ();
  static const struct { const char *from, *to, *expected; } edits[] = {
    { "\"variants\": [\n            \"dedicated-nodes\"\n          ]", "\"variants\": [\"no-such-variant\"]",
      "$.services[0].duties[7].variants[0]: expected the id of one of the service's variants" },
    { "\"documentation\": \"https://docs.aws.amazon.com/eks/latest/userguide/security.html\",",
      "\"documentation\": \"https://docs.aws.amazon.com/eks/latest/userguide/security.html\", \"layers\": {},",
      "$.services[0].layers: a service with variants gives the layers of each variant instead" },
    { "\"id\": \"dedicated-nodes\",\n          \"name\"", "\"id\": \"shared-cluster\",\n          \"name\"",
      "$.services[0].variants[1].id: this id is already used by another variant" },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "custom-catalog.json", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(GString) edited = g_string_new (text);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsCatalog) catalog = NULL;

      g_assert_cmpuint (g_string_replace (edited, edits[i].from, edits[i].to, 1), ==, 1);
      bytes = g_bytes_new (edited->str, edited->len);
      catalog = ds_catalog_new_from_bytes (bytes, "custom.json", &error);
      g_assert_null (catalog);
      if (error == NULL || strstr (error->message, edits[i].expected) == NULL)
        g_error ("case %u: expected “%s” in “%s”", i, edits[i].expected, error ? error->message : "(none)");
    }
}

static guint
count_refs (DsChecklist *checklist,
            const char  *prefix)
{
  GListModel *items = ds_checklist_get_items (checklist);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);
      n += g_str_has_prefix (ds_checklist_item_get_ref (item), prefix);
    }

  return n;
}

static void
test_checklist_variants (void)
{
  g_autoptr(DsCatalog) catalog = custom_catalog ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autoptr(DsChecklist) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DsChecklistSection *section = ds_checklist_get_section (checklist, "app-platform");
  DsChecklistItem *scan, *patch;
  guint items_changed = 0;

  g_assert_cmpstr (ds_checklist_section_get_variant (section), ==, "shared-cluster");
  g_assert_null (ds_checklist_section_get_variant (ds_checklist_get_section (checklist, "data-lake")));

  ds_checklist_section_set_chosen (section, TRUE);
  g_assert_cmpuint (count_refs (checklist, "app-platform/"), ==, 3);
  g_assert_cmpstr (ds_checklist_section_get_title (section), ==, "Internal App Platform (Shared cluster)");
  scan = ds_checklist_lookup_item (checklist, "app-platform/scan-images");
  ds_checklist_item_set_done (scan, TRUE);
  g_assert_null (ds_checklist_lookup_item (checklist, "app-platform/patch-dedicated-nodes"));

  /* Another variant: its duties come in where the section was, the common
   * ones keep their state. */
  g_signal_connect (ds_checklist_get_items (checklist), "items-changed",
                    G_CALLBACK (count_items_changed_cb), &items_changed);
  ds_checklist_section_set_variant (section, "dedicated-nodes");
  g_assert_cmpuint (count_refs (checklist, "app-platform/"), ==, 5);
  g_assert_cmpstr (ds_checklist_section_get_title (section), ==, "Internal App Platform (Dedicated nodes)");
  g_assert_true (ds_checklist_lookup_item (checklist, "app-platform/scan-images") == scan);
  g_assert_true (ds_checklist_item_get_done (scan));
  g_assert_cmpuint (ds_checklist_section_get_n_done (section), ==, 1);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);
  patch = ds_checklist_lookup_item (checklist, "app-platform/patch-dedicated-nodes");
  g_assert_nonnull (patch);
  ds_checklist_item_set_done (patch, TRUE);
  {
    g_autoptr(DsChecklistItem) first = g_list_model_get_item (ds_checklist_get_items (checklist), 1);
    g_assert_cmpstr (ds_checklist_item_get_ref (first), ==, "app-platform/scan-images");
  }

  /* And back: the other variant's items wait aside, ticked. */
  ds_checklist_section_set_variant (section, "shared-cluster");
  g_assert_cmpuint (count_refs (checklist, "app-platform/"), ==, 3);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);
  ds_checklist_section_set_variant (section, "dedicated-nodes");
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (checklist, "app-platform/patch-dedicated-nodes")));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 2);
  g_assert_cmpuint (items_changed, ==, 6);

  /* The choice is saved. */
  bytes = ds_checklist_to_bytes (checklist);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), -1, "\"app-platform\" : \"dedicated-nodes\""));
  loaded = ds_checklist_new_from_bytes (catalog, bytes, "v.dutysplit.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_checklist_section_get_variant (ds_checklist_get_section (loaded, "app-platform")),
                   ==, "dedicated-nodes");
  g_assert_cmpuint (ds_checklist_get_n_done (loaded), ==, 2);
}

static void
test_checklist_new (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  GListModel *general = ds_catalog_get_general_duties (catalog);
  guint customer_duties = 0;

  for (guint i = 0; i < g_list_model_get_n_items (general); i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (general, i);
      customer_duties += ds_duty_is_customers (duty);
    }

  g_assert_cmpuint (customer_duties, >=, 4);
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, customer_duties);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 0);
  g_assert_true (g_list_model_get_item_type (ds_checklist_get_items (checklist)) == DS_TYPE_CHECKLIST_ITEM);
  g_assert_nonnull (ds_checklist_lookup_item (checklist, "general/choose-regions"));
  g_assert_nonnull (ds_checklist_lookup_item (checklist, "general/encrypt-data"));
  g_assert_nonnull (ds_checklist_lookup_item (checklist, "general/schedule-backups"));
  g_assert_nonnull (ds_checklist_lookup_item (checklist, "general/control-access"));
}

static guint
customer_duties_of (DsService *service)
{
  GListModel *duties = ds_service_get_duties (service);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      n += ds_duty_is_customers (duty);
    }

  return n;
}

static void
test_checklist_choose (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  GListModel *items = ds_checklist_get_items (checklist);
  DsService *ec2 = ds_catalog_lookup_service (catalog, "ec2");
  DsChecklistSection *section = ds_checklist_get_section (checklist, "ec2");
  guint base = ds_checklist_get_n_total (checklist);
  guint n_ec2 = customer_duties_of (ec2);
  guint items_changed = 0, n_done_notify = 0, changed = 0;
  g_autoptr(DsDuty) first = NULL;
  g_autofree char *ref = NULL;
  DsChecklistItem *item;

  g_assert_nonnull (section);
  g_assert_null (ds_checklist_get_section (checklist, "no-such-service"));
  g_assert_false (ds_checklist_section_get_chosen (section));
  g_assert_true (ds_checklist_section_get_service (section) == ec2);

  g_signal_connect (items, "items-changed", G_CALLBACK (count_items_changed_cb), &items_changed);
  g_signal_connect (checklist, "notify::n-done", G_CALLBACK (count_notify_cb), &n_done_notify);
  g_signal_connect (checklist, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_assert_true (ds_checklist_set_service_chosen (checklist, "ec2", TRUE));
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (ds_checklist_section_get_chosen (section));
  g_assert_cmpuint (ds_checklist_section_get_n_total (section), ==, n_ec2);
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, base + n_ec2);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, base + n_ec2);

  /* Ticking the item moves every count once. */
  for (guint i = 0; !first; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (ds_service_get_duties (ec2), i);
      if (ds_duty_is_customers (duty))
        first = g_steal_pointer (&duty);
    }
  ref = ds_duty_dup_ref (first);
  item = ds_checklist_lookup_item (checklist, ref);
  g_assert_nonnull (item);
  g_assert_true (ds_checklist_item_get_duty (item) == first);
  ds_checklist_item_set_done (item, TRUE);
  g_assert_nonnull (ds_checklist_item_get_done_at (item));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);
  g_assert_cmpuint (ds_checklist_section_get_n_done (section), ==, 1);
  g_assert_cmpuint (n_done_notify, ==, 1);
  g_assert_cmpuint (changed, >, 1);

  /* Setting the same value again is no change. */
  ds_checklist_item_set_done (item, TRUE);
  g_assert_cmpuint (n_done_notify, ==, 1);

  /* Taking the service out removes its items but keeps their state. */
  ds_checklist_section_set_chosen (section, FALSE);
  g_assert_cmpuint (items_changed, ==, 2);
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, base);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 0);
  g_assert_null (ds_checklist_lookup_item (checklist, ref));

  ds_checklist_section_set_chosen (section, TRUE);
  item = ds_checklist_lookup_item (checklist, ref);
  g_assert_nonnull (item);
  g_assert_true (ds_checklist_item_get_done (item));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);
  g_assert_cmpuint (ds_checklist_section_get_n_done (section), ==, 1);

  /* Ticking after coming back still counts. */
  ds_checklist_item_set_done (item, FALSE);
  g_assert_null (ds_checklist_item_get_done_at (item));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 0);

  g_assert_false (ds_checklist_set_service_chosen (checklist, "no-such-service", TRUE));
}

static DsChecklist *load_text (DsCatalog   *catalog,
                               const char  *text,
                               GError     **error);

static void
test_checklist_status (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  DsChecklistItem *item = ds_checklist_lookup_item (checklist, "general/schedule-backups");
  guint done_notify = 0, resolved_notify = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) old = NULL;

  g_signal_connect (item, "notify::done", G_CALLBACK (count_notify_cb), &done_notify);
  g_signal_connect (item, "notify::resolved", G_CALLBACK (count_notify_cb), &resolved_notify);

  /* Not applicable counts as resolved, not as done, and keeps a reason. */
  ds_checklist_item_set_status (item, DS_ITEM_STATUS_NOT_APPLICABLE);
  ds_checklist_item_set_reason (item, DS_REASON_OUT_OF_SCOPE);
  g_assert_false (ds_checklist_item_get_done (item));
  g_assert_true (ds_checklist_item_get_resolved (item));
  g_assert_cmpuint (done_notify, ==, 0);
  g_assert_cmpuint (resolved_notify, ==, 1);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);

  /* Ticking it makes it done; the reason goes. */
  ds_checklist_item_set_done (item, TRUE);
  g_assert_cmpint (ds_checklist_item_get_status (item), ==, DS_ITEM_STATUS_DONE);
  g_assert_cmpint (ds_checklist_item_get_reason (item), ==, DS_REASON_NONE);
  g_assert_nonnull (ds_checklist_item_get_done_at (item));
  g_assert_cmpuint (resolved_notify, ==, 1);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);

  ds_checklist_item_set_done (item, FALSE);
  g_assert_cmpint (ds_checklist_item_get_status (item), ==, DS_ITEM_STATUS_OPEN);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 0);

  /* Files from before statuses say "done": true. */
  old = load_text (catalog, "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"Old\","
                   "\"items\":[{\"duty\":\"general/encrypt-data\",\"title\":\"x\",\"done\":true}]}", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ds_checklist_item_get_status (ds_checklist_lookup_item (old, "general/encrypt-data")),
                   ==, DS_ITEM_STATUS_DONE);
}

static void
test_checklist_item_properties (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  DsDuty *duty = ds_catalog_lookup_duty (catalog, "s3/block-public-access");
  g_autoptr(DsChecklistItem) item = NULL;
  guint notified = 0;

  g_assert_nonnull (duty);
  item = ds_checklist_item_new_for_duty (duty);
  g_assert_cmpstr (ds_checklist_item_get_ref (item), ==, "s3/block-public-access");
  g_assert_cmpstr (ds_checklist_item_get_section_id (item), ==, "s3");
  g_assert_cmpstr (ds_checklist_item_get_title (item), ==, ds_duty_get_title (duty));
  g_assert_false (ds_checklist_item_get_missing (item));

  g_signal_connect (item, "notify::assignee", G_CALLBACK (count_notify_cb), &notified);
  ds_checklist_item_set_assignee (item, "Ana");
  ds_checklist_item_set_assignee (item, "Ana");
  g_assert_cmpuint (notified, ==, 1);
  ds_checklist_item_set_assignee (item, "");
  g_assert_null (ds_checklist_item_get_assignee (item));
  g_assert_cmpuint (notified, ==, 2);
}

static DsChecklist *
sample_checklist (DsCatalog *catalog)
{
  DsChecklist *checklist = ds_checklist_new (catalog);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 2, 9, 30, 0);
  const char *regions[] = { "eu-central-1", "eu-west-1", NULL };
  DsChecklistItem *item;

  ds_checklist_set_name (checklist, "Payments API");
  ds_checklist_set_regions (checklist, regions);
  ds_checklist_set_service_chosen (checklist, "s3", TRUE);
  ds_checklist_set_service_chosen (checklist, "ec2", TRUE);

  item = ds_checklist_lookup_item (checklist, "s3/block-public-access");
  ds_checklist_item_set_done (item, TRUE);
  ds_checklist_item_set_done_at (item, when);
  ds_checklist_item_set_assignee (item, "Ana Lima");
  ds_checklist_item_set_note (item, "Checked in the console;\nalso via SCP");
  ds_checklist_item_set_due (item, "2026-12-01");

  item = ds_checklist_lookup_item (checklist, "general/choose-regions");
  ds_checklist_item_set_done (item, TRUE);
  ds_checklist_item_set_done_at (item, when);

  item = ds_checklist_lookup_item (checklist, "ec2/require-imdsv2");
  ds_checklist_item_set_status (item, DS_ITEM_STATUS_NOT_APPLICABLE);
  ds_checklist_item_set_reason (item, DS_REASON_ARCHITECTURE_CONSTRAINT);
  ds_checklist_item_set_reason_text (item, "No instances: *all* on Fargate");

  return checklist;
}

static void
test_checklist_roundtrip (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = sample_checklist (catalog);
  g_autoptr(DsChecklist) loaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "sub", "rt.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) services = NULL;
  DsChecklistItem *item;

  g_assert_true (ds_checklist_save (checklist, file, &error));
  g_assert_no_error (error);

  loaded = ds_checklist_new_from_file (catalog, file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_checklist_get_name (loaded), ==, "Payments API");
  g_assert_cmpstr (ds_checklist_get_regions (loaded)[1], ==, "eu-west-1");
  g_assert_cmpuint (ds_checklist_get_n_done (loaded), ==, 3);
  g_assert_cmpuint (ds_checklist_get_n_total (loaded), ==, ds_checklist_get_n_total (checklist));
  item = ds_checklist_lookup_item (loaded, "ec2/require-imdsv2");
  g_assert_cmpint (ds_checklist_item_get_status (item), ==, DS_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpint (ds_checklist_item_get_reason (item), ==, DS_REASON_ARCHITECTURE_CONSTRAINT);
  g_assert_cmpstr (ds_checklist_item_get_reason_text (item), ==, "No instances: *all* on Fargate");
  g_assert_null (ds_checklist_item_get_done_at (item));
  services = ds_checklist_dup_service_ids (loaded);
  g_assert_cmpstrv (services, ((const char *[]) { "s3", "ec2", NULL }));

  item = ds_checklist_lookup_item (loaded, "s3/block-public-access");
  g_assert_true (ds_checklist_item_get_done (item));
  g_assert_cmpstr (ds_checklist_item_get_assignee (item), ==, "Ana Lima");
  g_assert_cmpstr (ds_checklist_item_get_note (item), ==, "Checked in the console;\nalso via SCP");
  g_assert_cmpstr (ds_checklist_item_get_due (item), ==, "2026-12-01");
  g_assert_cmpint (g_date_time_get_day_of_month (ds_checklist_item_get_done_at (item)), ==, 2);
  g_assert_cmpuint (ds_checklist_section_get_n_done (ds_checklist_get_section (loaded, "s3")), ==, 1);

  /* Writing what was read gives the same bytes: the format is stable. */
  saved = ds_checklist_to_bytes (checklist);
  again = ds_checklist_to_bytes (loaded);
  g_assert_true (g_bytes_equal (saved, again));
}

static DsChecklist *
load_text (DsCatalog   *catalog,
           const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ds_checklist_new_from_bytes (catalog, bytes, "list.dutysplit.json", error);
}

/* The file is written by hand; json-glib's pretty printer is the reference
 * for its bytes, escapes included, on every character below 0x80 but U+001F
 * (which json-glib 1.6 leaves unescaped, against the JSON grammar), custom
 * items and milestones included. */
static void
test_checklist_writer (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = sample_checklist (catalog);
  g_autoptr(DsChecklist) loaded = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) every = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;
  const char *text;
  gsize len;

  for (int c = 1; c < 0x80; c++)
    if (c != 0x1f)
      g_string_append_c (every, c);
  g_string_append (every, "é€😀\xe2\x80\xa8");
  ds_checklist_set_name (checklist, every->str);
  ds_checklist_item_set_note (ds_checklist_lookup_item (checklist, "ec2/encrypt-ebs"), every->str);
  ds_checklist_section_set_chosen (ds_checklist_get_section (checklist, "ecs"), TRUE);
  ds_checklist_section_set_variant (ds_checklist_get_section (checklist, "ecs"), "fargate");
  ds_checklist_item_set_assignee (ds_checklist_add_custom_item (checklist, "s3", every->str), every->str);
  ds_checklist_add_milestone (checklist, every->str);
  ds_checklist_item_set_done (ds_checklist_lookup_item (checklist, "ec2/encrypt-ebs"), TRUE);
  ds_checklist_add_milestone (checklist, "Second");

  bytes = ds_checklist_to_bytes (checklist);
  text = g_bytes_get_data (bytes, &len);
  g_assert_true (json_parser_load_from_data (parser, text, len, &error));
  g_assert_no_error (error);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  reference = json_generator_to_data (generator, NULL);
  g_assert_cmpuint (len, ==, strlen (reference) + 1);
  g_assert_true (memcmp (text, reference, len - 1) == 0);
  g_assert_cmpint (text[len - 1], ==, '\n');

  /* And it reads back as it was. */
  loaded = ds_checklist_new_from_bytes (catalog, bytes, "every.dutysplit.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_checklist_get_name (loaded), ==, every->str);
  again = ds_checklist_to_bytes (loaded);
  g_assert_true (g_bytes_equal (bytes, again));

  /* U+001F is escaped, and reads back. */
  {
    g_autoptr(GBytes) unit = NULL;
    g_autoptr(DsChecklist) unit_loaded = NULL;

    ds_checklist_set_name (checklist, "unit\x1fseparator");
    unit = ds_checklist_to_bytes (checklist);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (unit, NULL), g_bytes_get_size (unit), "unit\\u001fseparator"));
    unit_loaded = ds_checklist_new_from_bytes (catalog, unit, "unit.dutysplit.json", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ds_checklist_get_name (unit_loaded), ==, "unit\x1fseparator");
  }

  /* An empty one too. */
  {
    g_autoptr(DsChecklist) empty = load_text (catalog, "{\"format\":\"duty-split-checklist\","
                                              "\"version\":1,\"name\":\"x\",\"items\":[]}", &error);
    g_autoptr(GBytes) empty_bytes = NULL;
    static const char empty_file[] =
      "{\n  \"format\" : \"duty-split-checklist\",\n  \"version\" : 1,\n  \"name\" : \"x\",\n"
      "  \"regions\" : [],\n  \"services\" : [],\n  \"items\" : []\n}\n";

    g_assert_no_error (error);
    empty_bytes = ds_checklist_to_bytes (empty);
    g_assert_cmpmem (g_bytes_get_data (empty_bytes, NULL), g_bytes_get_size (empty_bytes),
                     empty_file, sizeof empty_file - 1);
  }
}

static void
test_checklist_missing_duty (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) checklist = load_text (catalog,
    "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"Old\",\"services\":[\"s3\"],"
    "\"items\":[{\"duty\":\"s3/retired-duty\",\"title\":\"Something AWS no longer asks\",\"done\":true},"
    "{\"duty\":\"s3/block-public-access\",\"title\":\"old title\"},"
    "{\"duty\":\"gone-service/x\",\"title\":\"From a service no longer listed\"}]}", &error);
  g_autoptr(GBytes) saved = NULL;
  DsChecklistItem *item;

  g_assert_no_error (error);
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, 3);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);

  item = ds_checklist_lookup_item (checklist, "s3/retired-duty");
  g_assert_nonnull (item);
  g_assert_true (ds_checklist_item_get_missing (item));
  g_assert_null (ds_checklist_item_get_duty (item));
  g_assert_cmpstr (ds_checklist_item_get_title (item), ==, "Something AWS no longer asks");

  /* A duty the catalog has takes its current title. */
  item = ds_checklist_lookup_item (checklist, "s3/block-public-access");
  g_assert_false (ds_checklist_item_get_missing (item));
  g_assert_cmpstr (ds_checklist_item_get_title (item), !=, "old title");

  /* The missing ones are written back, never dropped. */
  saved = ds_checklist_to_bytes (checklist);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), -1, "s3/retired-duty"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), -1, "gone-service/x"));
}

static void
test_checklist_offered (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) checklist = load_text (catalog,
    "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"Old\",\"services\":[\"s3\"],"
    "\"items\":[{\"duty\":\"s3/block-public-access\",\"title\":\"x\",\"status\":\"done\"},"
    "{\"duty\":\"s3/gone\",\"title\":\"Kept\"}]}", &error);
  g_autoptr(GPtrArray) offered = NULL;
  g_autoptr(GPtrArray) after = NULL;
  guint n_s3 = customer_duties_of (ds_catalog_lookup_service (catalog, "s3"));
  guint n_general = 4;

  g_assert_no_error (error);
  offered = ds_checklist_dup_offered_duties (checklist);
  g_assert_cmpuint (offered->len, ==, n_general + n_s3 - 1);
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, 2);

  g_assert_cmpuint (ds_checklist_add_offered_duties (checklist), ==, offered->len);
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, n_general + n_s3 + 1);
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (checklist, "s3/block-public-access")));
  g_assert_true (ds_checklist_item_get_missing (ds_checklist_lookup_item (checklist, "s3/gone")));
  after = ds_checklist_dup_offered_duties (checklist);
  g_assert_cmpuint (after->len, ==, 0);
}

static void
count_removed_cb (DsChecklist     *checklist,
                  DsChecklistItem *item,
                  guint            position,
                  guint           *count)
{
  (*count)++;
}

static void
test_checklist_custom_items (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autoptr(DsChecklist) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DsChecklistItem *runbook, *retention;
  guint position, removed_at = 0, removals = 0;

  ds_checklist_set_service_chosen (checklist, "s3", TRUE);
  g_assert_null (ds_checklist_add_custom_item (checklist, "ec2", "Not chosen"));
  runbook = ds_checklist_add_custom_item (checklist, DS_GENERAL_SECTION_ID, "Write an incident runbook");
  retention = ds_checklist_add_custom_item (checklist, "s3", "Agree on log retention");
  g_assert_true (ds_checklist_item_get_custom (runbook));
  g_assert_null (ds_checklist_item_get_ref (runbook));

  /* Each lands last in its section. */
  g_assert_true (ds_checklist_get_item_position (checklist, runbook, &position));
  g_assert_cmpuint (position, ==, 4);
  g_assert_true (ds_checklist_get_item_position (checklist, retention, &position));
  g_assert_cmpuint (position, ==, ds_checklist_get_n_total (checklist) - 1);

  /* Moves stay within the section. */
  ds_checklist_move_item (checklist, runbook, 0);
  g_assert_true (ds_checklist_get_item_position (checklist, runbook, &position));
  g_assert_cmpuint (position, ==, 0);
  ds_checklist_move_item (checklist, runbook, 99);
  g_assert_true (ds_checklist_get_item_position (checklist, runbook, &position));
  g_assert_cmpuint (position, ==, 4);

  /* Only the team's own titles change. */
  ds_checklist_item_set_title (retention, "Agree on access log retention");
  g_assert_cmpstr (ds_checklist_item_get_title (retention), ==, "Agree on access log retention");
  ds_checklist_item_set_title (ds_checklist_lookup_item (checklist, "s3/require-tls"), "Renamed");
  g_assert_cmpstr (ds_checklist_item_get_title (ds_checklist_lookup_item (checklist, "s3/require-tls")), !=, "Renamed");

  /* Removing tells, and restoring puts it back where it was. */
  g_signal_connect (checklist, "item-removed", G_CALLBACK (count_removed_cb), &removals);
  g_assert_true (ds_checklist_get_item_position (checklist, runbook, &removed_at));
  g_object_ref (runbook);
  ds_checklist_remove_item (checklist, runbook);
  g_assert_cmpuint (removals, ==, 1);
  g_assert_false (ds_checklist_get_item_position (checklist, runbook, &position));
  ds_checklist_restore_item (checklist, runbook, removed_at);
  g_assert_true (ds_checklist_get_item_position (checklist, runbook, &position));
  g_assert_cmpuint (position, ==, removed_at);
  g_object_unref (runbook);

  /* They survive the file, in their sections and order. */
  bytes = ds_checklist_to_bytes (checklist);
  loaded = ds_checklist_new_from_bytes (catalog, bytes, "custom.dutysplit.json", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) again = ds_checklist_to_bytes (loaded);
    g_assert_true (g_bytes_equal (bytes, again));
  }
}

static void
test_checklist_bad (void)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "{\"format\":\"duty-split-catalog\",\"version\":1}", "$.format: expected \"duty-split-checklist\"" },
    { "{\"format\":\"duty-split-checklist\",\"version\":2,\"name\":\"x\",\"items\":[]}", "$.version: version 2 is not supported" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"items\":[]}", "$.name: missing; expected a string" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":{}}", "$.items: expected an array" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3\",\"title\":\"t\"}]}",
      "$.items[0].duty: expected a duty written service-id/duty-id" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"title\":\"t\"}]}",
      "$.items[0].section: expected the id of the item's service" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3/a\",\"title\":\"t\",\"done\":\"yes\"}]}",
      "$.items[0].done: expected true or false" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3/a\",\"title\":\"t\",\"due\":\"tomorrow\"}]}",
      "$.items[0].due: expected a date written YYYY-MM-DD" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3/a\",\"title\":\"t\",\"done-at\":\"noon\"}]}",
      "$.items[0].done-at: expected a date and time" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3/a\",\"title\":\"t\"},{\"duty\":\"s3/a\",\"title\":\"t\"}]}",
      "$.items[1].duty: another item already names this duty" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3/a\",\"title\":\"t\",\"status\":\"skipped\"}]}",
      "$.items[0].status: expected one of open, done, not-applicable but found \"skipped\"" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[{\"duty\":\"s3/a\",\"title\":\"t\",\"reason\":\"other\"}]}",
      "$.items[0].reason: only an item whose status is not-applicable has a reason" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"services\":[\"S3!\"],\"items\":[]}",
      "$.services[0]: expected a service id" },
    { "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"x\",\"items\":[]", "list.dutysplit.json:1:" },
  };
  g_autoptr(DsCatalog) catalog = builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DsChecklist) checklist = load_text (catalog, cases[i].text, &error);

      g_assert_null (checklist);
      g_assert_error (error, DS_FORMAT_ERROR, error->code);
      g_assert_true (g_str_has_prefix (error->message, "list.dutysplit.json"));
      if (strstr (error->message, cases[i].expected) == NULL)
        g_error ("case %u: expected “%s” in “%s”", i, cases[i].expected, error->message);
    }
}

static gboolean
quit_loop_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
test_autosave (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "auto.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DsAutosave) autosave = ds_autosave_new (checklist, file);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(DsChecklist) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ds_autosave_get_pending (autosave));
  ds_checklist_item_set_done (ds_checklist_lookup_item (checklist, "general/control-access"), TRUE);
  g_assert_true (ds_autosave_get_pending (autosave));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Within a second of the change, the file holds it. */
  g_timeout_add (DS_AUTOSAVE_DELAY_MS + 300, quit_loop_cb, loop);
  g_main_loop_run (loop);
  g_assert_false (ds_autosave_get_pending (autosave));

  loaded = ds_checklist_new_from_file (catalog, file, &error);
  g_assert_no_error (error);
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (loaded, "general/control-access")));
}

static gboolean
tick_cb (gpointer item)
{
  ds_checklist_item_set_done (item, !ds_checklist_item_get_done (item));
  return G_SOURCE_CONTINUE;
}

/* Changes every 200 ms, never pausing: the file still follows within the
 * delay, rather than waiting for a pause that does not come. */
static void
test_autosave_steady_changes (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "steady.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DsAutosave) autosave = ds_autosave_new (checklist, file);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  DsChecklistItem *item = ds_checklist_lookup_item (checklist, "general/control-access");
  guint ticker;

  ds_checklist_set_name (checklist, "Steady");
  ticker = g_timeout_add (200, tick_cb, item);
  g_timeout_add (DS_AUTOSAVE_DELAY_MS + 300, quit_loop_cb, loop);
  g_main_loop_run (loop);
  g_source_remove (ticker);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A write that fails half-way (here: the file size limit, which binds root
 * too, as a full disk would) leaves the previous file exactly as it was. */
static void
test_save_failure_keeps_file (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "keep.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct rlimit saved, small = { 64, 0 };
  gboolean ok;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small.rlim_max = saved.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = ds_checklist_save (checklist, file, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
}

/* Reads the pixel at (x, y) of an ARGB32 surface, unpremultiplied. */
static DsColor
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 argb = *(const guint32 *)(data + y * cairo_image_surface_get_stride (surface) + 4 * x);
  double alpha = (argb >> 24) / 255.0;

  if (alpha == 0)
    return (DsColor) { 0, 0, 0, 0 };

  return (DsColor) {
    ((argb >> 16) & 0xff) / 255.0 / alpha,
    ((argb >> 8) & 0xff) / 255.0 / alpha,
    (argb & 0xff) / 255.0 / alpha,
    alpha,
  };
}

static gboolean
same_color (DsColor a,
            DsColor b)
{
  return fabs (a.red - b.red) < 0.02 && fabs (a.green - b.green) < 0.02
         && fabs (a.blue - b.blue) < 0.02 && fabs (a.alpha - b.alpha) < 0.02;
}

/* Each owner's band, painted on its own: solid owners are their colour all
 * over, a shared band shows both stripes, a band that does not apply is
 * empty inside its outline. */
static void
test_owner_paint (void)
{
  for (int dark = 0; dark <= 1; dark++)
    for (DsOwner owner = DS_OWNER_NONE; owner <= DS_OWNER_SHARED; owner++)
      {
        const DsOwnerColors *colors = ds_owner_get_colors (owner, dark);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 30);
        cairo_t *cr = cairo_create (surface);
        gboolean saw_fill = FALSE, saw_stripe = FALSE;

        ds_owner_paint (cr, owner, dark, 0, 0, 120, 30, 6);
        cairo_destroy (cr);
        cairo_surface_flush (surface);

        for (int x = 10; x < 110; x++)
          {
            DsColor c = pixel_at (surface, x, 15);

            saw_fill |= same_color (c, colors->fill);
            saw_stripe |= same_color (c, colors->stripe);
            if (owner == DS_OWNER_AWS || owner == DS_OWNER_CUSTOMER)
              g_assert_true (same_color (c, colors->fill));
            else if (owner == DS_OWNER_NONE)
              g_assert_cmpfloat (c.alpha, ==, 0);
          }
        g_assert_true (saw_fill && saw_stripe);
        if (owner == DS_OWNER_SHARED)
          g_assert_false (same_color (colors->fill, colors->stripe));
        if (owner == DS_OWNER_NONE)
          g_assert_cmpfloat (pixel_at (surface, 60, 0).alpha, >, 0);

        cairo_surface_destroy (surface);
      }

  /* The two styles differ where it matters: the page and the AWS colour. */
  g_assert_false (same_color (ds_picture_get_colors (FALSE)->background, ds_picture_get_colors (TRUE)->background));
}

static void
draw_two_bands (cairo_t  *cr,
                gpointer  user_data)
{
  ds_owner_paint (cr, DS_OWNER_AWS, FALSE, 0, 0, 100, 20, 4);
  ds_owner_paint (cr, DS_OWNER_CUSTOMER, FALSE, 0, 30, 100, 20, 4);
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  if (g_markup_parse_context_get_element_stack (context)->next == NULL)
    g_strlcpy (user_data, element_name, 8);
}

/* A PNG at twice the size asked for, an SVG that is well-formed XML with
 * an <svg> root, and a failed save that leaves the earlier file alone. */
static void
test_picture_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ds-picture-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "bands.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "bands.svg", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  char root[8] = "";
  GMarkupParser parser = { .start_element = svg_start_element };
  GMarkupParseContext *context;
  cairo_surface_t *image;
  DsPictureFormat format;
  gsize length;

  g_assert_true (ds_picture_format_from_name ("Stack.PNG", &format));
  g_assert_cmpint (format, ==, DS_PICTURE_FORMAT_PNG);
  g_assert_true (ds_picture_format_from_name ("stack.svg", &format));
  g_assert_cmpint (format, ==, DS_PICTURE_FORMAT_SVG);
  g_assert_false (ds_picture_format_from_name ("stack.pdf", &format));

  g_assert_true (ds_picture_save (DS_PICTURE_FORMAT_PNG, 100, 50, draw_two_bands, NULL, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 200);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 100);
  cairo_surface_destroy (image);

  g_assert_true (ds_picture_save (DS_PICTURE_FORMAT_SVG, 100, 50, draw_two_bands, NULL, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &contents, &length, NULL));
  context = g_markup_parse_context_new (&parser, 0, root, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpstr (root, ==, "svg");
  g_assert_nonnull (strstr (contents, "width=\"100px\""));

  /* Too large to draw: an error, and the PNG written before is untouched. */
  g_assert_false (ds_picture_save (DS_PICTURE_FORMAT_PNG, 1e6, 50, draw_two_bands, NULL, png, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  image = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 200);
  cairo_surface_destroy (image);

  g_assert_no_errno (g_remove (png_path));
  g_assert_no_errno (g_remove (svg_path));
  g_assert_no_errno (g_rmdir (dir));
}

/* A layer moves to AWS when the customer's part of it shrinks; layers
 * that do not apply to either service never move. */
static void
test_compare_moved (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_builtin (&error);
  DsService *ec2, *ecs, *s3;
  g_autoptr(GPtrArray) ec2_to_fargate = NULL;
  g_autoptr(GPtrArray) fargate_to_ec2 = NULL;
  g_autoptr(GPtrArray) ecs_on_ec2 = NULL;
  g_autoptr(GPtrArray) s3_to_ec2 = NULL;
  g_autoptr(GPtrArray) same = NULL;
  gboolean guest_os_moves = FALSE;

  g_assert_no_error (error);
  g_assert_true (ds_owner_moves_to_aws (DS_OWNER_CUSTOMER, DS_OWNER_AWS));
  g_assert_true (ds_owner_moves_to_aws (DS_OWNER_CUSTOMER, DS_OWNER_SHARED));
  g_assert_true (ds_owner_moves_to_aws (DS_OWNER_SHARED, DS_OWNER_AWS));
  g_assert_false (ds_owner_moves_to_aws (DS_OWNER_AWS, DS_OWNER_CUSTOMER));
  g_assert_false (ds_owner_moves_to_aws (DS_OWNER_SHARED, DS_OWNER_SHARED));
  g_assert_false (ds_owner_moves_to_aws (DS_OWNER_CUSTOMER, DS_OWNER_NONE));
  g_assert_false (ds_owner_moves_to_aws (DS_OWNER_NONE, DS_OWNER_AWS));

  ec2 = ds_catalog_lookup_service (catalog, "ec2");
  ecs = ds_catalog_lookup_service (catalog, "ecs");
  s3 = ds_catalog_lookup_service (catalog, "s3");

  /* From EC2 to ECS on Fargate, AWS takes the guest OS, and with it
   * EC2's duty to patch it. */
  ec2_to_fargate = ds_compare_moved_layers (ec2, NULL, ecs, "fargate");
  g_assert_cmpuint (ec2_to_fargate->len, >, 0);
  for (guint i = 0; i < ec2_to_fargate->len; i++)
    {
      DsMovedLayer *moved = g_ptr_array_index (ec2_to_fargate, i);

      g_assert_true (ds_owner_moves_to_aws (moved->from, moved->to));
      g_assert_cmpint (moved->from, ==, ds_service_get_variant_layer_owner (ec2, NULL, moved->layer));
      g_assert_cmpint (moved->to, ==, ds_service_get_variant_layer_owner (ecs, "fargate", moved->layer));
      if (i > 0)
        g_assert_cmpint (moved->layer, >, ((DsMovedLayer *) g_ptr_array_index (ec2_to_fargate, i - 1))->layer);
      for (guint j = 0; j < moved->duties->len; j++)
        {
          DsDuty *duty = g_ptr_array_index (moved->duties, j);

          g_assert_cmpstr (ds_duty_get_service_id (duty), ==, "ec2");
          g_assert_cmpint (ds_duty_get_layer (duty), ==, moved->layer);
          g_assert_true (ds_duty_is_customers (duty));
        }
      if (moved->layer == DS_LAYER_GUEST_OS)
        {
          guest_os_moves = TRUE;
          g_assert_true (g_ptr_array_find (moved->duties, ds_service_lookup_duty (ec2, "patch-guest-os"), NULL));
        }
    }
  g_assert_true (guest_os_moves);

  /* The other way round, and between a service and itself, nothing moves. */
  fargate_to_ec2 = ds_compare_moved_layers (ecs, "fargate", ec2, NULL);
  g_assert_cmpuint (fargate_to_ec2->len, ==, 0);
  same = ds_compare_moved_layers (ecs, "fargate", ecs, "fargate");
  g_assert_cmpuint (same->len, ==, 0);

  /* ECS on its own instances keeps the guest OS with the customer. */
  ecs_on_ec2 = ds_compare_moved_layers (ec2, NULL, ecs, "ec2");
  for (guint i = 0; i < ecs_on_ec2->len; i++)
    g_assert_cmpint (((DsMovedLayer *) g_ptr_array_index (ecs_on_ec2, i))->layer, !=, DS_LAYER_GUEST_OS);

  /* S3's application layer does not apply: it moves nowhere. */
  s3_to_ec2 = ds_compare_moved_layers (ec2, NULL, s3, NULL);
  for (guint i = 0; i < s3_to_ec2->len; i++)
    g_assert_cmpint (((DsMovedLayer *) g_ptr_array_index (s3_to_ec2, i))->layer, !=, DS_LAYER_APPLICATION);
}

/* Writes @name in @dir, @age seconds old; a name ending in / is a folder. */
static void
make_entry (const char *dir,
            const char *name,
            guint       age)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_has_suffix (path, "/"))
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else
    {
      g_file_set_contents (path, "{", 1, &error);
      g_assert_no_error (error);
    }

  file = g_file_new_for_path (path);
  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                               g_get_real_time () / G_USEC_PER_SEC - age,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
entry_exists (const char *dir,
              const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Only old files named as a save's temporary file of a checklist go. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "stale", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  make_entry (dir, "work.dutysplit.json", 3600);
  make_entry (dir, ".work.dutysplit.json.a1B2c3", 3600);
  make_entry (dir, ".default.dutysplit.json.ZZ9zz9", 120);
  make_entry (dir, ".work.dutysplit.json.Q7w8E9", 5);          /* a save in progress */
  make_entry (dir, ".work.dutysplit.json.a1B2c", 3600);         /* not six characters */
  make_entry (dir, ".work.dutysplit.json.a1B2-3", 3600);
  make_entry (dir, ".notes.txt.a1B2c3", 3600);                  /* not a checklist */
  make_entry (dir, "work.dutysplit.json.a1B2c3", 3600);         /* not hidden */
  make_entry (dir, ".old.dutysplit.json.d4E5f6/", 3600);        /* a folder */

  g_assert_cmpuint (ds_file_remove_stale_temporaries (folder, ".dutysplit.json", 60), ==, 2);

  g_assert_false (entry_exists (dir, ".work.dutysplit.json.a1B2c3"));
  g_assert_false (entry_exists (dir, ".default.dutysplit.json.ZZ9zz9"));
  g_assert_true (entry_exists (dir, "work.dutysplit.json"));
  g_assert_true (entry_exists (dir, ".work.dutysplit.json.Q7w8E9"));
  g_assert_true (entry_exists (dir, ".work.dutysplit.json.a1B2c"));
  g_assert_true (entry_exists (dir, ".work.dutysplit.json.a1B2-3"));
  g_assert_true (entry_exists (dir, ".notes.txt.a1B2c3"));
  g_assert_true (entry_exists (dir, "work.dutysplit.json.a1B2c3"));
  g_assert_true (entry_exists (dir, ".old.dutysplit.json.d4E5f6"));

  /* A folder that is not there has nothing to remove. */
  {
    g_autoptr(GFile) missing = g_file_get_child (folder, "missing");
    g_assert_cmpuint (ds_file_remove_stale_temporaries (missing, ".dutysplit.json", 0), ==, 0);
  }
}

/* Whole numbers are read exactly up to 64 bits, and refused beyond. */
static void
test_json_integers (void)
{
  static const struct { const char *text; gint64 value; } good[] = {
    { "[0]", 0 }, { "[-0]", 0 }, { "[7]", 7 }, { "[-42]", -42 },
    { "[9223372036854775807]", G_MAXINT64 }, { "[-9223372036854775808]", G_MININT64 },
  };
  static const char * const bad[] = {
    "[9223372036854775808]", "[-9223372036854775809]", "[18446744073709551616]",
    "[99999999999999999999999999]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (good[i].text, strlen (good[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(DsJsonTree) tree = ds_json_parse (bytes, "numbers.json", &error);

      g_assert_no_error (error);
      g_assert_cmpint (tree->values[1].type, ==, DS_JSON_INTEGER);
      g_assert_cmpint (tree->values[1].v.integer, ==, good[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(DsJsonTree) tree = ds_json_parse (bytes, "numbers.json", &error);

      g_assert_null (tree);
      g_assert_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_SYNTAX);
      g_assert_true (g_str_has_prefix (error->message, "numbers.json:1:2: the number is out of range"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/compare/moved", test_compare_moved);

  g_test_add_func ("/catalog/builtin", test_catalog_builtin);
  g_test_add_func ("/json/integers", test_json_integers);
  g_test_add_func ("/owner-paint", test_owner_paint);
  g_test_add_func ("/picture/save", test_picture_save);
  g_test_add_func ("/catalog/search", test_catalog_search);
  g_test_add_func ("/catalog/minimal", test_catalog_minimal);
  for (guint i = 0; i < G_N_ELEMENTS (bad_catalogs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/bad/%s", bad_catalogs[i].name);
      g_test_add_data_func (path, &bad_catalogs[i], test_catalog_bad);
    }
  g_test_add_func ("/catalog/bad/unknown-root-member", test_catalog_unknown_member);
  g_test_add_func ("/catalog/bad/deep", test_catalog_deep);
  g_test_add_func ("/catalog/bad/missing-file", test_catalog_missing_file);
  g_test_add_func ("/catalog/variants", test_catalog_variants);
  g_test_add_func ("/catalog/bad/variants", test_catalog_bad_variants);
  g_test_add_func ("/checklist/new", test_checklist_new);
  g_test_add_func ("/checklist/variants", test_checklist_variants);
  g_test_add_func ("/checklist/choose", test_checklist_choose);
  g_test_add_func ("/checklist/item-properties", test_checklist_item_properties);
  g_test_add_func ("/checklist/status", test_checklist_status);
  g_test_add_func ("/checklist/roundtrip", test_checklist_roundtrip);
  g_test_add_func ("/checklist/writer", test_checklist_writer);
  g_test_add_func ("/checklist/missing-duty", test_checklist_missing_duty);
  g_test_add_func ("/checklist/bad", test_checklist_bad);
  g_test_add_func ("/checklist/offered", test_checklist_offered);
  g_test_add_func ("/checklist/custom-items", test_checklist_custom_items);
  g_test_add_func ("/autosave/debounce", test_autosave);
  g_test_add_func ("/autosave/steady-changes", test_autosave_steady_changes);
  g_test_add_func ("/checklist/save-failure-keeps-file", test_save_failure_keeps_file);
  g_test_add_func ("/file/stale-temporaries", test_stale_temporaries);

  return g_test_run ();
}
