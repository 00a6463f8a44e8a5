<?php
namespace CSVImport;

class Module {}
