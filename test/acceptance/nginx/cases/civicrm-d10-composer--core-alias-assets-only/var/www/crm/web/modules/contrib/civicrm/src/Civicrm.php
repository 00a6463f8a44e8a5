<?php
// Drupal\civicrm\Civicrm (stand-in).
namespace Drupal\civicrm;
class Civicrm {}
