<?php
// Sample configuration
