<?php
// Drupal installer
