<div class="facets"></div>
