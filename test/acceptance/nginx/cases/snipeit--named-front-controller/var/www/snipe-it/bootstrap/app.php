<?php

// Creates the Snipe-IT application (placeholder).
return null;
