<?php

/**
 * Compiled Twig template, written by Drupal itself.
 */
