<?php
// Drupal static class (stand-in).
class Drupal {}
