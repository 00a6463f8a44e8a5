<?php
namespace CSVImport\Job;

class Import {}
