<?php
// Journals.
