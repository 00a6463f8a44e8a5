<?php

// Helper functions (placeholder).
