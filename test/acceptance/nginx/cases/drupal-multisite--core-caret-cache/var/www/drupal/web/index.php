<?php

use Drupal\Core\DrupalKernel;
