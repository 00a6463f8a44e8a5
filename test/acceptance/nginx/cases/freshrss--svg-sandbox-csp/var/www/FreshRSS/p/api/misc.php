<?php
// API: misc (placeholder)
