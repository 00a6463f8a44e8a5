<?php
// Plugin Name: Random Backgrounds
