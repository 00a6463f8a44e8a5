<?php
class Drupal {}
