/* ds-regions.c — the AWS Regions a workload can run in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-regions"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-regions.h"

/* The Regions AWS lists in its general reference, with the names the
 * console shows, translated as the console shows them in each language.
 * Regions that open later are still accepted by code (see
 * ds_region_code_is_valid()), so an old build never refuses a new Region. */
static const DsRegion regions[] = {
  /* Translators: the names of AWS Regions; use the names the AWS console
   * shows in your language */
  { "us-east-1", N_("US East (N. Virginia)") },
  { "us-east-2", N_("US East (Ohio)") },
  { "us-west-1", N_("US West (N. California)") },
  { "us-west-2", N_("US West (Oregon)") },
  { "af-south-1", N_("Africa (Cape Town)") },
  { "ap-east-1", N_("Asia Pacific (Hong Kong)") },
  { "ap-south-2", N_("Asia Pacific (Hyderabad)") },
  { "ap-southeast-3", N_("Asia Pacific (Jakarta)") },
  { "ap-southeast-5", N_("Asia Pacific (Malaysia)") },
  { "ap-southeast-4", N_("Asia Pacific (Melbourne)") },
  { "ap-south-1", N_("Asia Pacific (Mumbai)") },
  { "ap-northeast-3", N_("Asia Pacific (Osaka)") },
  { "ap-northeast-2", N_("Asia Pacific (Seoul)") },
  { "ap-southeast-1", N_("Asia Pacific (Singapore)") },
  { "ap-southeast-2", N_("Asia Pacific (Sydney)") },
  { "ap-southeast-7", N_("Asia Pacific (Thailand)") },
  { "ap-northeast-1", N_("Asia Pacific (Tokyo)") },
  { "ca-central-1", N_("Canada (Central)") },
  { "ca-west-1", N_("Canada West (Calgary)") },
  { "eu-central-1", N_("Europe (Frankfurt)") },
  { "eu-west-1", N_("Europe (Ireland)") },
  { "eu-west-2", N_("Europe (London)") },
  { "eu-south-1", N_("Europe (Milan)") },
  { "eu-west-3", N_("Europe (Paris)") },
  { "eu-south-2", N_("Europe (Spain)") },
  { "eu-north-1", N_("Europe (Stockholm)") },
  { "eu-central-2", N_("Europe (Zurich)") },
  { "il-central-1", N_("Israel (Tel Aviv)") },
  { "mx-central-1", N_("Mexico (Central)") },
  { "me-south-1", N_("Middle East (Bahrain)") },
  { "me-central-1", N_("Middle East (UAE)") },
  { "sa-east-1", N_("South America (São Paulo)") },
  { "us-gov-east-1", N_("AWS GovCloud (US-East)") },
  { "us-gov-west-1", N_("AWS GovCloud (US-West)") },
  { "cn-north-1", N_("China (Beijing)") },
  { "cn-northwest-1", N_("China (Ningxia)") },
};

/**
 * ds_regions_get_all:
 * @n_regions: (out): how many there are
 *
 * Returns: (array length=n_regions): the Regions Duty Split knows by name
 */
const DsRegion *
ds_regions_get_all (guint *n_regions)
{
  *n_regions = G_N_ELEMENTS (regions);
  return regions;
}

/**
 * ds_region_get_name:
 * @code: a Region code such as `eu-central-1`
 *
 * Returns: (nullable): its name, translated, such as "Europe (Frankfurt)"
 */
const char *
ds_region_get_name (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (regions); i++)
    if (strcmp (regions[i].code, code) == 0)
      return g_dgettext (GETTEXT_PACKAGE, regions[i].name);

  return NULL;
}

/**
 * ds_region_code_is_valid:
 * @code: a string
 *
 * Returns: %TRUE if @code has the shape of a Region code: lowercase words
 *   joined by dashes and ending in a number (`eu-central-1`, `us-gov-west-1`)
 */
gboolean
ds_region_code_is_valid (const char *code)
{
  guint parts = 0;
  const char *p = code;

  if (code == NULL || strlen (code) > 32)
    return FALSE;

  while (*p != '\0')
    {
      const char *start = p;

      while (g_ascii_islower (*p))
        p++;
      if (p == start)
        break;
      parts++;
      if (*p++ != '-')
        return FALSE;
    }

  if (parts < 2 || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  return *p == '\0';
}
