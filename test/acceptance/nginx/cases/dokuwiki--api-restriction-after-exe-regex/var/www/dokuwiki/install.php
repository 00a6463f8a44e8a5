<?php
// Installer (placeholder)
