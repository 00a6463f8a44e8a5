<?php

// Creates the BookStack application (placeholder).
return null;
