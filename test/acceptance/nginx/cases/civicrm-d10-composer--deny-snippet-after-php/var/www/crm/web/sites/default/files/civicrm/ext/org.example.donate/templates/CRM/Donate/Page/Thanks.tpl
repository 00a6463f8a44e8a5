<div>{ts}Thank you{/ts}</div>
