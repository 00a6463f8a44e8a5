<?php
// CLI script stub
