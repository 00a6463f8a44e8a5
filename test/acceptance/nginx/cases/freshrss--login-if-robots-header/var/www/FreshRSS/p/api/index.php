<?php
// API: index (placeholder)
