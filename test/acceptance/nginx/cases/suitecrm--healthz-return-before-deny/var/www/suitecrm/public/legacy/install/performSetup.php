<?php
// Installer step.
