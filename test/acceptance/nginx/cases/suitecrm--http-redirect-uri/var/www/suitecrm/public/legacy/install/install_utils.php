<?php
// Installer helpers.
