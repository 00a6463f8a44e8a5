<?php
// Drupal database updates
