<?php
// App\Models\Document\Document
